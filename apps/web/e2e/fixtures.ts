/**
 * The kit's browser-test fixtures. Every test fails if the page asks any other origin for
 * anything (students are minors: nothing may leave the device), and `expectAccessible` runs
 * axe-core against WCAG 2.2 AA.
 */
import { readFileSync } from 'node:fs';
import { test as base, expect, type Page, type Request } from '@playwright/test';

/**
 * Records each test's own timeout (after any test.setTimeout) so that `npm test` can report the
 * tests that use more than a third of it: a timeout sized by luck fails on a busy machine.
 */
export const timedTest = base.extend<{ recordTimeout: void }>({
  recordTimeout: [
    // Playwright reads a fixture's dependencies from its first parameter: this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, testInfo) => {
      await use();
      testInfo.annotations.push({ type: 'timeout', description: String(testInfo.timeout) });
    },
    { auto: true },
  ],
});

export const test = timedTest.extend<{ noForeignRequests: void }>({
  noForeignRequests: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const foreign: Request[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:') return;
        if (url.origin !== origin) foreign.push(request);
      });
      await use();
      // A request the page's Content-Security-Policy refused never left the device (security.spec.ts plants one).
      const sent = foreign.filter((r) => r.failure()?.errorText !== 'csp');
      expect(
        sent.map((r) => r.url()),
        'requests to another origin',
      ).toEqual([]);
    },
    { auto: true },
  ],
});

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe-core run in the page itself, asked for violations only. @axe-core/playwright's default
 * path (runPartial, then finishRun in a second page) took 16–24 s on a lesson with 2,000 elements
 * where this takes 1.5–3 s: it ships every passing node's result back to the test. The source is
 * evaluated by the debugger protocol, not added as a script tag, so the page's
 * Content-Security-Policy does not stop it.
 */
export async function expectAccessible(page: Page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  }, AXE_TAGS);
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}

export { expect };
