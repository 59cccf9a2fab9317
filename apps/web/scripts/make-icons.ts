/**
 * Renders the install icons of the web app manifest from `app/icon.svg` in Chromium, so the PNGs
 * never drift from the favicon: `npx tsx apps/web/scripts/make-icons.ts` after changing the icon.
 * Writes `public/icons/icon-192.png`, `icon-512.png` and `maskable-512.png` (the artwork inside
 * the central 80% safe zone on a full-bleed background, as Android and ChromeOS crop it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, ensureChromium } from '../../../scripts/lib/chromium';

const webDir = join(__dirname, '..');
const svg = readFileSync(join(webDir, 'app/icon.svg'), 'utf8');
const THEME = '#1d3557';

const ICONS = [
  { file: 'icon-192.png', size: 192, artwork: 1, background: 'transparent' },
  { file: 'icon-512.png', size: 512, artwork: 1, background: 'transparent' },
  { file: 'maskable-512.png', size: 512, artwork: 0.8, background: THEME },
];

async function main() {
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_FLAGS });
  const page = await browser.newPage();
  for (const { file, size, artwork, background } of ICONS) {
    await page.setViewportSize({ width: size, height: size });
    const inner = Math.round(size * artwork);
    await page.setContent(
      `<body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${background}">` +
        `<img width="${inner}" height="${inner}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`,
    );
    await page.screenshot({
      path: join(webDir, 'public/icons', file),
      omitBackground: background === 'transparent',
    });
    console.log(`public/icons/${file} (${size}×${size})`);
  }
  await browser.close();
}

void main();
