import { expect, expectAccessible, test } from './fixtures';

/** Crawls the static export (`npm run export`) the way a CDN would serve it: every linked page loads. */
test('every page linked from the static export loads and passes axe', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const queue = ['/'];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await page.goto(path);
    expect(response?.status(), `status of ${path}`).toBe(200);
    await expectAccessible(page);
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin === origin && !seen.has(url.pathname)) queue.push(url.pathname);
    }
  }
  expect(seen.size).toBeGreaterThan(0);
});
