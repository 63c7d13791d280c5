/**
 * The installers' configuration (electron-builder.json). Building installers downloads Electron, which this machine
 * cannot, so the configuration is checked here instead: valid against electron-builder's own schema, the targets
 * the issue asks for, the app id, icons that exist and are what their names say, and a files list that ships the
 * built app but no tests or sources.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';

const root = path.resolve(__dirname, '..');
interface PlatformConfig {
  target: string[];
  icon: string;
}
interface BuilderConfig {
  $schema?: string;
  appId: string;
  productName: string;
  files: string[];
  extraResources: Array<{ from: string; to: string }>;
  asarUnpack: string[];
  win: PlatformConfig;
  mac: PlatformConfig;
  linux: PlatformConfig;
}
const config = JSON.parse(fs.readFileSync(path.join(root, 'electron-builder.json'), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  productName: string;
  main: string;
  scripts: Record<string, string>;
};

describe('installer configuration', () => {
  it('is valid for electron-builder', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const { $schema: _schema, ...rest } = config;
    expect(validate(rest), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('builds NSIS for Windows, a DMG for macOS, AppImage and deb for Linux, under a reverse-DNS app id', () => {
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.appId).toMatch(/^[a-z][a-z0-9]*(\.[a-z][a-z0-9-]*){2,}$/);
    expect(config.productName).toBe(pkg.productName);
    expect(pkg.scripts.dist).toMatch(/electron-vite build && electron-builder --config electron-builder\.json/);
  });

  it('points at icons that exist in the formats each platform reads', () => {
    const read = (file: string) => fs.readFileSync(path.join(root, file));
    const png = read(config.linux.icon);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
    const ico = read(config.win.icon);
    expect(ico.readUInt16LE(2)).toBe(1);
    const icoSizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(icoSizes).toContain(256);
    const icns = read(config.mac.icon);
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    expect(icns.includes(Buffer.from('ic10'))).toBe(true);
  });

  it('ships the built app and the sample article, not tests, sources or benchmarks', () => {
    expect(config.files).toContain('out/**');
    expect(pkg.main).toMatch(/^\.\/out\//);
    for (const excluded of ['!**/*.test.*', '!e2e/**', '!src/**', '!bench/**', '!test-results/**'])
      expect(config.files).toContain(excluded);
    expect(config.files.some((pattern) => !pattern.startsWith('!') && /test|e2e|src/.test(pattern))).toBe(false);
    for (const { from } of config.extraResources) expect(fs.existsSync(path.join(root, from))).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
  });
});
