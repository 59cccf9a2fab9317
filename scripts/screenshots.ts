/**
 * Screenshots of every page of a running kit, at a phone width and a desktop width, for looking
 * at the design: `npx tsx scripts/screenshots.ts [base-url]` (default http://127.0.0.1:3000, e.g.
 * after `npm start`). Crawls from the home page through the site's own links, adds each lesson's
 * teacher view (not linked from student pages) and the 404 page, and writes
 * `screenshots/<page>-<width>.png` (git-ignored). `--readme` also refreshes
 * `docs/screenshots/lesson.png`, the lesson page the README shows.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, ensureChromium } from './lib/chromium';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const base = new URL(args.find((a) => !a.startsWith('--')) ?? 'http://127.0.0.1:3000');
const WIDTHS = [390, 1280];
const MAX_PAGES = 60;
const outDir = join(root, 'screenshots');

function fileName(path: string): string {
  return path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'home';
}

async function sameOriginLinks(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.flatMap((href) => {
    const url = new URL(href);
    // Answer keys are JSON for the exercises, not pages.
    return url.origin === base.origin && !url.pathname.startsWith('/keys/')
      ? [url.pathname.replace(/\/$/, '') || '/']
      : [];
  });
}

async function main() {
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_FLAGS });
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  mkdirSync(outDir, { recursive: true });

  const queue = ['/'];
  const seen = new Set<string>();
  while (queue.length > 0 && seen.size < MAX_PAGES) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    await page.setViewportSize({ width: WIDTHS[0]!, height: 844 });
    await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
    for (const link of await sameOriginLinks(page)) if (!seen.has(link)) queue.push(link);
    if (/^\/lessons\/[^/]+$/.test(path)) queue.push(`${path}/teacher`);
  }
  const pages = [...seen, '/no-such-page'];

  for (const path of pages) {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
      await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
      const file = join(outDir, `${fileName(path)}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
  }

  if (args.includes('--readme')) {
    const lesson =
      pages.find((p) => /^\/lessons\/[^/]+$/.test(p)) ??
      pages.find((p) => p.startsWith('/articles/'))!;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(new URL(lesson, base).href, { waitUntil: 'networkidle' });
    // Show the lesson at work: its first exercise (else its first article), not the title block.
    const exercise = page.locator('section.exercise').first();
    const first = (await exercise.count()) ? exercise : page.locator('.annotated-article').first();
    if (await first.count())
      await first.evaluate((el) =>
        window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 80),
      );
    const file = join(root, 'docs', 'screenshots', 'lesson.png');
    mkdirSync(dirname(file), { recursive: true });
    await page.screenshot({ path: file });
    console.log(file);
  }
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
