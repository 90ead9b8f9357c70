// electron-builder.yml and its test variant, read as YAML: targets, file association, asar
// unpacking, fuses, no update checks; and the icon set in build/ is real and complete.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ASSOCIATED_EXTENSION } from '../../main/app/open-files.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');
type Config = Record<string, unknown> & {
  linux: { target: string[]; icon: string };
  mac: { target: string[]; icon: string; identity: unknown };
  win: { target: string[]; icon: string };
  fileAssociations: { ext: string; name: string; mimeType: string }[];
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
  directories: { output: string; buildResources: string };
};
const config = parse(read('electron-builder.yml')) as Config;
const e2e = parse(read('electron-builder.e2e.yml')) as Record<string, unknown>;

function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(join(ROOT, file));
  expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it('builds AppImage + deb, dmg and NSIS under the app name', () => {
    expect(config['productName']).toBe('Claimscape');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('associates .claimscape.json, the extension the main process opens', () => {
    expect(config.fileAssociations).toHaveLength(1);
    expect(`.${config.fileAssociations[0]!.ext}`).toBe(ASSOCIATED_EXTENSION);
    expect(config.fileAssociations[0]!.mimeType).toMatch(/^application\/.+\+json$/);
  });

  it('unpacks better-sqlite3 binaries from the asar, and rebuilds nothing', () => {
    expect(config['asar']).toBe(true);
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**/*.node');
    expect(config['npmRebuild']).toBe(false);
  });

  it('flips the fuses: no run-as-node, no NODE_OPTIONS or --inspect, app only from a checked asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });

  it('has no update checks and publishes nothing by itself; signs nothing yet', () => {
    expect(config['publish']).toBeNull();
    expect(config.mac.identity).toBeNull();
    const pkg = JSON.parse(read('package.json')) as Record<string, Record<string, string>>;
    const deps = { ...pkg['dependencies'], ...pkg['devDependencies'] };
    expect(Object.keys(deps).filter((d) => /updater/.test(d))).toEqual([]);
  });

  it('the test build extends it, changing only the output folder and the inspector fuse', () => {
    expect(e2e).toEqual({
      extends: 'electron-builder.yml',
      directories: { output: 'release/e2e' },
      electronFuses: { enableNodeCliInspectArguments: true },
    });
  });
});

describe('the icon set in build/', () => {
  it('has a PNG per standard size, each exactly that size', () => {
    expect(config.directories.buildResources).toBe('build');
    expect(config.linux.icon).toBe('build/icons');
    for (const n of [16, 24, 32, 48, 64, 128, 256, 512, 1024])
      expect(pngSize(`build/icons/${n}x${n}.png`)).toEqual({ width: n, height: n });
    expect(pngSize('build/icon.png')).toEqual({ width: 512, height: 512 });
  });

  it('has a Windows .ico whose entries are PNGs up to 256 px', () => {
    expect(config.win.icon).toBe('build/icon.ico');
    const ico = readFileSync(join(ROOT, config.win.icon));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
    for (let i = 0; i < count; i++) {
      const offset = ico.readUInt32LE(6 + 16 * i + 12);
      expect(ico.subarray(offset + 1, offset + 4).toString('latin1')).toBe('PNG');
    }
  });

  it('has a macOS .icns with chunks from 16 to 1024 px that add up to the file', () => {
    expect(config.mac.icon).toBe('build/icon.icns');
    const icns = readFileSync(join(ROOT, config.mac.icon));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4))
      types.push(icns.subarray(at, at + 4).toString('latin1'));
    expect(types).toEqual(expect.arrayContaining(['icp4', 'ic07', 'ic08', 'ic09', 'ic10']));
    expect(existsSync(join(ROOT, 'build/icon.svg'))).toBe(true);
  });
});
