/**
 * The kit's service worker, as the browser tests wait for it: active before a test takes the
 * network away (a worker still saving the kit when the network goes fails to install),
 * and, when it never becomes active, a report of why, so a failure in a busy CI run can be read.
 */
import { expect, type Page } from '@playwright/test';

/**
 * Waits until the worker is active: the kit is saved, and the page's next load goes through it.
 * Not until it controls this page: a page still loading when the worker activated is skipped by
 * its claim and stays uncontrolled (seen on a busy machine), which is harmless, since the
 * page's next load is controlled. The install saves the app shell and every hashed file of the
 * build: about 10 s on a quiet 2-core machine, hence the 30 s default.
 */
export async function workerActive(page: Page, timeout = 30_000): Promise<void> {
  const started = Date.now();
  try {
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            navigator.serviceWorker.getRegistration().then((r) => r?.active?.state ?? 'none'),
          ),
        // Every 250 ms, not Playwright's backing-off default (up to 1 s between tries), which
        // added up to a second to each test that waits for the worker.
        { timeout, intervals: [250] },
      )
      .toBe('activated');
  } catch (error) {
    const logged = (await page.consoleMessages()).map((m) => `console ${m.type()}: ${m.text()}`);
    throw new Error(
      [
        `The service worker never became active for ${page.url()} (waited ${Date.now() - started} ms).`,
        await whyNoWorker(page),
        ...logged,
        (error as Error).message,
      ].join('\n'),
    );
  }
}

/**
 * What the page can tell about a worker that is not active: its registration, the script as
 * served, and every file it must save at install (one failed download fails the whole install).
 */
async function whyNoWorker(page: Page): Promise<string> {
  const report = page.evaluate(async () => {
    const lines: string[] = [];
    const reg = await navigator.serviceWorker.getRegistration();
    lines.push(
      reg
        ? `registration ${reg.scope}: installing=${reg.installing?.state ?? '-'} waiting=${reg.waiting?.state ?? '-'} active=${reg.active?.state ?? '-'}`
        : 'no registration (was register() called? did it reject?)',
    );
    const script = await fetch('/sw.js', { cache: 'no-store' });
    const text = await script.text();
    lines.push(
      `/sw.js: HTTP ${script.status}, ${script.headers.get('content-type')}, ${text.length} bytes (was sw.js built from this build? \`npm run build\` runs next build, then serwist build)`,
    );
    const urls = [...text.matchAll(/url:"([^"]+)"/g)].flatMap((m) => m[1] ?? []);
    const failed: string[] = [];
    for (const url of urls) {
      const r = await fetch(url, { cache: 'no-store' }).catch((e: Error) => ({
        status: e.message,
      }));
      if (r.status !== 200) failed.push(`${url} → ${r.status}`);
    }
    lines.push(
      `${urls.length} files to save at install; not served: ${failed.join(', ') || 'none'}`,
    );
    const { quota, usage } = await navigator.storage.estimate();
    lines.push(`storage: ${usage} bytes used of a ${quota}-byte quota`);
    return lines.join('\n');
  });
  return report.catch((error: Error) => `the page could not say: ${error.message}`);
}
