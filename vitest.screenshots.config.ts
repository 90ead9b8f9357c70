// Regenerates the documentation screenshots (npm run screenshots); kept out of npm test.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['test/e2e/*.shot.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
});
