// Writes the explore-loop pictures for docs/ARCHITECTURE.md: the seed graph after focusing on North
// Korea and expanding Russia then Ukraine (1440x900), and the same at 1024x700 with folded panels.
// Run by `npm run screenshots`, not `npm test`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { openApp, ROOT, useServerAndBrowser } from './harness.ts';
import { contextMenu, hookEval, settle } from './explore-helpers.ts';

describe('explore screenshots', () => {
  const env = useServerAndBrowser();

  for (const [name, width, height] of [
    ['screenshot-explore.png', 1440, 900],
    ['screenshot-narrow.png', 1024, 700],
  ] as const) {
    it(name, async () => {
      const { page, context } = await openApp(env.browser(), env.server().url, { width, height });
      await contextMenu(page, 'north-korea', /^Focus on 1-hop/);
      await settle(page, { below: 32 });
      for (const id of ['russia', 'ukraine']) {
        const n = await hookEval(page, (h) => h.nodeCount());
        await contextMenu(page, id, /^Expand neighbours/);
        await settle(page, { above: n });
      }
      await page.mouse.move(2, height / 2);
      await settle(page);
      writeFileSync(join(ROOT, 'docs', name), await page.screenshot());
      await context.close();
    });
  }
});
