/**
 * A lesson paints before any of its scripts is fetched or runs (issue 20): the build hands each
 * page's chunks to one inline script that adds them once the first contentful paint is on screen
 * (lib/first-paint/scripts-after-paint.ts). Stylesheets are held back here, as on slow school
 * wifi: Next's own `async` script tags and preloads fetched and ran the scripts long before the page
 * could paint, and the paint waited for them. The page must still hydrate and answer.
 */
import { expect, test } from './fixtures';
import { Student } from './helpers/student';

const SLUG = 'battered-or-clobbered';
const STYLESHEET_DELAY_MS = 800;

test('a lesson paints before its scripts run, then hydrates and answers a student', async ({
  page,
  request,
}) => {
  await page.route('**/*.css', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, STYLESHEET_DELAY_MS));
    await route.continue();
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
  const { firstPaint, firstChunkRanAt, scriptRequestedAt } = await page.evaluate(() => ({
    firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    firstChunkRanAt: (window as unknown as { firstChunkRanAt?: number }).firstChunkRanAt,
    scriptRequestedAt: performance
      .getEntriesByType('resource')
      .filter(({ name }) => new URL(name).pathname.endsWith('.js'))
      .map((entry) => entry.startTime),
  }));
  expect(firstPaint, 'the first contentful paint').toBeGreaterThanOrEqual(STYLESHEET_DELAY_MS);
  expect(scriptRequestedAt.length, 'scripts the page requested').toBeGreaterThan(0);
  expect(Math.min(...scriptRequestedAt), 'the first script request').toBeGreaterThan(firstPaint!);
  expect(firstChunkRanAt, 'when the first script ran').toBeGreaterThan(firstPaint!);

  // Hydrated: a student's answer is checked against the key the page fetches.
  const [exercise] = await student.exercises();
  await student.complete(exercise!);
});
