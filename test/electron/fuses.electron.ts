// The packaged binaries carry the fuses electron-builder.yml sets: the shipped build (npm run dist)
// exactly, the test build (npm run dist:e2e) with only the Node inspector fuse on (for Playwright).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { appUnderTest, ROOT } from './harness.ts';
import { packagedCandidates } from './locate-app.ts';

/** A fuse is one byte of the wire: ASCII '1' on, '0' off (@electron/fuses' FuseState). */
const ON = 49;
const OFF = 48;
type FuseState = number;

const NAMES: Record<string, FuseV1Options> = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
};

/** electron-builder.yml's fuses as the states the binary must hold. */
function expectedFuses(overrides: Record<string, boolean> = {}): Record<string, FuseState> {
  const config = parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as {
    electronFuses: Record<string, boolean>;
  };
  const wanted = { ...config.electronFuses, ...overrides };
  const out: Record<string, FuseState> = {};
  for (const name of Object.keys(NAMES)) out[name] = wanted[name] ? ON : OFF;
  return out;
}

async function actualFuses(binary: string): Promise<Record<string, FuseState>> {
  const wire = (await getCurrentFuseWire(binary)) as unknown as Record<number, FuseState>;
  return Object.fromEntries(Object.entries(NAMES).map(([name, option]) => [name, wire[option]!]));
}

const packaged = appUnderTest().mode === 'packaged';

describe.skipIf(!packaged)('fuses of the packaged binaries', () => {
  it('the shipped build (npm run dist) has exactly the fuses of electron-builder.yml', async () => {
    const shipped = packagedCandidates(ROOT, process.platform, 'shipped').find((p) => existsSync(p));
    expect(shipped, 'run `npm run dist` before `npm run test:electron -- --packaged`').toBeDefined();
    expect(await actualFuses(shipped!)).toEqual(expectedFuses());
  });

  it('the build under test differs only in the Node inspector fuse', async () => {
    const tested = appUnderTest().executablePath;
    expect(await actualFuses(tested)).toEqual(expectedFuses({ enableNodeCliInspectArguments: true }));
  });
});
