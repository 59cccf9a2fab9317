/**
 * A lesson paints before any of its stylesheets or scripts is even requested (issue 20): the
 * build writes each page's stylesheets into it and hands its chunks and stylesheet links to one
 * inline script that adds them once the first contentful paint is on screen
 * (lib/first-paint/). Stylesheets are held back here, as on slow school wifi: with Next's own
 * `<link>` and `async` script tags the paint waited for the stylesheets, and the scripts were
 * fetched and ran long before it. The page must paint styled, then hydrate and answer.
 */
import { expect, test } from './fixtures';
import { Student } from './helpers/student';

const SLUG = 'battered-or-clobbered';
const STYLESHEET_DELAY_MS = 800;

test('a lesson paints styled before any stylesheet or script is requested, then hydrates and answers a student', async ({
  page,
  request,
}) => {
  await page.route('**/*.css', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, STYLESHEET_DELAY_MS));
    await route.continue();
  });
  // What the first contentful paint showed: read when the browser reports it, before the page's
  // own observer (registered later, at the end of the body) adds the stylesheet links. A first
  // paint before it may show the background alone, with no heading yet to read.
  await page.addInitScript(() => {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      (window as unknown as { styleAtPaint?: string }).styleAtPaint = pageStyle();
    }).observe({ type: 'paint', buffered: true });
    function pageStyle() {
      const body = getComputedStyle(document.body);
      const heading = getComputedStyle(document.querySelector('h1')!);
      return [body.backgroundColor, body.fontFamily, heading.fontSize, heading.fontWeight].join(
        ' | ',
      );
    }
    (window as unknown as { pageStyle?: () => string }).pageStyle = pageStyle;
  });
  // Every Turbopack chunk reads `globalThis.TURBOPACK` first thing: the first read by a script
  // loaded from a file is when the page's scripts begin to run (Next's inline bootstrap reads it
  // too, but has no `src`).
  await page.addInitScript(() => {
    const w = window as unknown as { TURBOPACK?: unknown; firstChunkRanAt?: number };
    let queue: unknown;
    Object.defineProperty(w, 'TURBOPACK', {
      configurable: true,
      get() {
        if ((document.currentScript as HTMLScriptElement | null)?.src)
          w.firstChunkRanAt ??= performance.now();
        return queue;
      },
      set(value) {
        queue = value;
      },
    });
  });

  const student = new Student(page, request, 'mouse');
  await student.openLesson(SLUG);
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((l) => l.sheet),
  );
  const seen = await page.evaluate(() => {
    const w = window as unknown as {
      firstChunkRanAt?: number;
      styleAtPaint?: string;
      pageStyle: () => string;
    };
    const requestedAt = (extension: string) =>
      performance
        .getEntriesByType('resource')
        .filter(({ name }) => new URL(name).pathname.endsWith(extension))
        .map((entry) => entry.startTime);
    return {
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
      firstChunkRanAt: w.firstChunkRanAt,
      scriptRequestedAt: requestedAt('.js'),
      stylesheetRequestedAt: requestedAt('.css'),
      styleAtPaint: w.styleAtPaint,
      styleNow: w.pageStyle(),
    };
  });
  for (const kind of ['script', 'stylesheet'] as const) {
    const requestedAt = seen[`${kind}RequestedAt`];
    expect(requestedAt.length, `${kind}s the page requested`).toBeGreaterThan(0);
    expect(Math.min(...requestedAt), `the first ${kind} request`).toBeGreaterThan(seen.firstPaint);
  }
  expect(seen.firstChunkRanAt, 'when the first script ran').toBeGreaterThan(seen.firstPaint);
  // Styled at the first paint as it is once every stylesheet has arrived: the page's background
  // is not the browser's default, and nothing changed when the stylesheets came.
  expect(seen.styleNow, 'the page’s background').not.toMatch(/^rgba\(0, 0, 0, 0\)/);
  expect(seen.styleAtPaint, 'the style of the first paint').toBe(seen.styleNow);

  // Hydrated: a student's answer is checked against the key the page fetches.
  const [exercise] = await student.exercises();
  await student.complete(exercise!);
});
