// Renders build/icon.svg into the icon set electron-builder packages: build/icons/<n>x<n>.png
// (Linux), build/icon.png, build/icon.ico (Windows: PNG-compressed entries) and build/icon.icns
// (macOS). Uses headless Chromium through playwright-core; run it after editing the SVG:
//   CHROMIUM_PATH=/usr/bin/chromium node scripts/make-icons.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const build = join(dirname(fileURLToPath(import.meta.url)), '..', 'build');
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// ICNS chunk types holding PNG data, by pixel size (the @2x types reuse the larger renders).
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

async function render(svg) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage();
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  const pngs = new Map();
  for (const n of SIZES) {
    await page.setViewportSize({ width: n, height: n });
    await page.setContent(
      `<body style="margin:0;background:transparent"><img src="${src}" width="${n}" height="${n}"></body>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    pngs.set(n, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: n, height: n } }));
  }
  await browser.close();
  return pngs;
}

/** ICO: 6-byte header, one 16-byte entry per image, then the PNG files (Vista+ reads PNG entries). */
function ico(pngs) {
  const header = Buffer.alloc(6 + 16 * ICO_SIZES.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(ICO_SIZES.length, 4);
  let offset = header.length;
  ICO_SIZES.forEach((n, i) => {
    const at = 6 + 16 * i;
    const data = pngs.get(n);
    header.writeUInt8(n >= 256 ? 0 : n, at);
    header.writeUInt8(n >= 256 ? 0 : n, at + 1);
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(data.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...ICO_SIZES.map((n) => pngs.get(n))]);
}

/** ICNS: 'icns' + total length, then chunks of 4-byte type + length (incl. 8-byte head) + PNG. */
function icns(pngs) {
  const chunks = ICNS_TYPES.map(([type, n]) => {
    const data = pngs.get(n);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + chunks.reduce((s, c) => s + c.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

const pngs = await render(readFileSync(join(build, 'icon.svg'), 'utf8'));
mkdirSync(join(build, 'icons'), { recursive: true });
for (const [n, data] of pngs) writeFileSync(join(build, 'icons', `${n}x${n}.png`), data);
writeFileSync(join(build, 'icon.png'), pngs.get(512));
writeFileSync(join(build, 'icon.ico'), ico(pngs));
writeFileSync(join(build, 'icon.icns'), icns(pngs));
console.log(`icons: ${SIZES.join(', ')} px, icon.ico, icon.icns in ${build}`);
