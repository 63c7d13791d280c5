/**
 * `npx tsx scripts/make-icons.ts`: draws resources/icon.svg into the installers' icons — resources/icons/icon.png
 * (1024 px, Linux and the source for the rest), icon.ico (Windows: 16–256 px) and icon.icns (macOS: 16–1024 px) —
 * with the same headless Chromium the app prints PDFs with. ICO and ICNS both hold PNG images, so packing them is
 * a few header bytes. Run it after changing the SVG, and commit the results.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, HEADLESS_CHROMIUM_ARGS } from '../src/main/export/findChromium';

const root = path.resolve(__dirname, '..');
const out = path.join(root, 'resources', 'icons');

async function render(svg: string, sizes: number[]): Promise<Map<number, Buffer>> {
  const browser = await chromium.launch({ executablePath: findChromium() ?? '/usr/bin/chromium', args: HEADLESS_CHROMIUM_ARGS });
  const images = new Map<number, Buffer>();
  try {
    const page = await browser.newPage();
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
      );
      images.set(size, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    }
  } finally {
    await browser.close();
  }
  return images;
}

/** An .ico of PNG images (Windows Vista and later read PNG entries). */
function ico(images: Map<number, Buffer>): Buffer {
  const entries = [...images.entries()];
  const header = Buffer.alloc(6 + 16 * entries.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(entries.length, 4);
  let offset = header.length;
  entries.forEach(([size, png], i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...entries.map(([, png]) => png)]);
}

/** An .icns of PNG images, by their OSType codes. */
function icns(images: Map<number, Buffer>): Buffer {
  const TYPES: Record<number, string> = { 16: 'icp4', 32: 'icp5', 64: 'icp6', 128: 'ic07', 256: 'ic08', 512: 'ic09', 1024: 'ic10' };
  const chunks = [...images.entries()].map(([size, png]) => {
    const head = Buffer.alloc(8);
    head.write(TYPES[size]!, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

async function main(): Promise<void> {
  const svg = fs.readFileSync(path.join(root, 'resources', 'icon.svg'), 'utf8');
  const images = await render(svg, [16, 32, 48, 64, 128, 256, 512, 1024]);
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'icon.png'), images.get(1024)!);
  fs.writeFileSync(path.join(out, 'icon.ico'), ico(new Map([16, 32, 48, 64, 128, 256].map((s) => [s, images.get(s)!]))));
  fs.writeFileSync(path.join(out, 'icon.icns'), icns(new Map([16, 32, 64, 128, 256, 512, 1024].map((s) => [s, images.get(s)!]))));
  console.log(`Icons written to ${path.relative(root, out)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
