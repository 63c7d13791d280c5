/**
 * fast-check arbitraries for the importer fuzz tests: mutations of real files (truncated, bytes
 * changed, inserted or cut out), random bytes, giant lines, deep nesting in each format's own
 * syntax, and hand-made broken Word files (malformed ZIP, missing or malformed document XML,
 * lying size fields, deeply nested XML).
 */
import fc from 'fast-check';
import JSZip from 'jszip';

const utf8 = (text: string) => new TextEncoder().encode(text);

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A real file, damaged: truncated, some bytes changed, bytes inserted or cut out, or two files spliced. */
export function mutatedBytes(seed: Uint8Array): fc.Arbitrary<Uint8Array> {
  const n = Math.max(1, seed.length);
  return fc.oneof(
    fc.nat().map((cut) => seed.slice(0, cut % (seed.length + 1))),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 32 }).map((flips) => {
      const bytes = seed.slice();
      for (const [i, value] of flips) bytes[i % n] = value;
      return bytes;
    }),
    fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 256 })).map(([at, inserted]) => {
      const i = at % (seed.length + 1);
      return concat(seed.subarray(0, i), inserted, seed.subarray(i));
    }),
    fc.tuple(fc.nat(), fc.nat({ max: 4096 })).map(([at, length]) => {
      const i = at % n;
      return concat(seed.subarray(0, i), seed.subarray(Math.min(seed.length, i + 1 + length)));
    }),
    fc.tuple(fc.nat(), fc.uint8Array({ maxLength: 512 })).map(([at, tail]) => concat(seed.subarray(0, at % n), tail)),
  );
}

/** Text in a format's syntax, repeated to a depth or length no real article has. */
export function hostileText(kind: 'text' | 'markdown' | 'html'): fc.Arbitrary<string> {
  const giantLine = fc
    .tuple(fc.constantFrom('a', 'é', '𝕏', '\u200f', '<', '&', '[', '*', '#', ' ', '\t', '\r'), fc.integer({ min: 10_000, max: 600_000 }))
    .map(([unit, length]) => unit.repeat(length));
  const nesting: Record<typeof kind, Array<(depth: number) => string>> = {
    text: [(d) => '\n'.repeat(d), (d) => ' \n\n'.repeat(d), (d) => '\u0000'.repeat(d)],
    markdown: [
      (d) => `${'>'.repeat(d)} quote`,
      (d) => Array.from({ length: Math.min(d, 2000) }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'),
      (d) => `${'['.repeat(d)}x${']('.repeat(d)}`,
      (d) => `${'*'.repeat(d)}x${'_'.repeat(d)}`,
      (d) => `${'`'.repeat(d)}\ncode`,
      (d) => '<div>'.repeat(d),
    ],
    html: [
      (d) => '<div>'.repeat(d) + 'text',
      // Misnested formatting with links is kept shallow: Readability on jsdom is quadratic on it (see SECURITY.md, known limits).
      (d) => '<p><b><i><a href="#">x'.repeat(d % 100),
      (d) => '<table><tr><td>'.repeat(d) + 'cell',
      (d) => '<ul><li>'.repeat(d),
      (d) => `<svg>${'<g>'.repeat(d)}</svg><p>text</p>`,
      (d) => `<p>${'&amp;'.repeat(d)}</p>`,
      (d) => `<!--${'<!--'.repeat(d)}<p>after</p>`,
      (d) => `<div ${'a="b" '.repeat(d)}>x</div>`,
    ],
  };
  const nested = fc.tuple(fc.constantFrom(...nesting[kind]), fc.integer({ min: 100, max: 60_000 })).map(([make, depth]) => make(depth));
  return fc.oneof(giantLine, nested, fc.string({ unit: 'binary', maxLength: 2000 }), fc.string({ unit: 'grapheme', maxLength: 2000 }));
}

export const hostileBytes = (kind: 'text' | 'markdown' | 'html') =>
  fc.oneof({ weight: 3, arbitrary: hostileText(kind).map(utf8) }, { weight: 1, arbitrary: fc.uint8Array({ maxLength: 4096 }) });

/** Word files built to be wrong in one way each. */
export async function brokenDocxFiles(valid: Uint8Array): Promise<Uint8Array[]> {
  const withDocument = async (xml: string | null) => {
    const zip = await JSZip.loadAsync(valid);
    if (xml === null) zip.remove('word/document.xml');
    else zip.file('word/document.xml', xml);
    return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  };
  const body = (inner: string) =>
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${inner}</w:body></w:document>`;
  const deepTables = '<w:tbl><w:tr><w:tc>'.repeat(3000) + '<w:p><w:r><w:t>x</w:t></w:r></w:p>' + '</w:tc></w:tr></w:tbl>'.repeat(3000);
  const lyingSize = valid.slice();
  // Every central-directory entry claims to inflate to 4 GB.
  for (let i = 0; i + 46 < lyingSize.length; i++) {
    if (lyingSize[i] === 0x50 && lyingSize[i + 1] === 0x4b && lyingSize[i + 2] === 0x01 && lyingSize[i + 3] === 0x02) {
      lyingSize.set([0xf0, 0xff, 0xff, 0xff], i + 24);
    }
  }
  return [
    await withDocument(null),
    await withDocument('<w:document><w:body><w:p>'),
    await withDocument('not xml at all \u0000\u0001'),
    await withDocument(body(deepTables)),
    await withDocument(body('<w:p>'.repeat(20_000))),
    await withDocument(body(`<w:p><w:r><w:t>${'word '.repeat(150_000)}</w:t></w:r></w:p>`)),
    await withDocument(body(`<w:p><w:r><w:t>${'&lt;'.repeat(100_000)}</w:t></w:r></w:p>`)),
    await withDocument(
      `<!DOCTYPE x [<!ENTITY a "${'x'.repeat(1000)}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>${body('<w:p><w:r><w:t>&b;&b;&b;</w:t></w:r></w:p>')}`,
    ),
    lyingSize,
    utf8('PK\u0003\u0004 not really a zip'),
    new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    new Uint8Array(0),
  ];
}
