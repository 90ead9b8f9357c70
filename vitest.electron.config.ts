// `npm run test:electron` (through scripts/test-electron.mjs): the real Electron app, one file at a
// time, each launching its own instance. Never part of `npm test` (vitest.config.ts excludes it).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/electron/**/*.electron.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
