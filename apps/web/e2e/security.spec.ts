/**
 * The kit's security headers under `next start`: every kind of response carries them while the
 * pages stay static, each page's own policy stops a planted inline script and style and a foreign
 * image, and no other site can frame a page (the hand-in page was framed before these headers).
 */
import { securityHeaders } from '../lib/security/security-headers';
import { expect, test } from './fixtures';
import { readLessonPage } from './lesson-answers';
import { LESSON_SLUGS } from './helpers/lessons';
import { expectInjectionsBlocked, metaPolicy } from './helpers/security';

const LESSON = `/lessons/${LESSON_SLUGS[0]}`;

test('pages, answer keys, the service worker and a 404 all carry the headers; lessons stay static', async ({
  request,
}) => {
  const lesson = await request.get(LESSON);
  // Prerendered, served as built: a page made dynamic would be rendered with `no-store`.
  expect(lesson.headers()['x-nextjs-prerender']).toBeTruthy();
  expect(lesson.headers()['cache-control']).not.toContain('no-store');
  const [keyUrl] = (await readLessonPage(request, LESSON)).keyUrls;
  for (const path of [
    LESSON,
    `${LESSON}/hand-in`,
    keyUrl!,
    '/sw.js',
    '/manifest.webmanifest',
    '/no-such-page',
  ]) {
    const headers = (await request.get(path)).headers();
    for (const { key, value } of securityHeaders())
      expect(headers[key.toLowerCase()], `${key} of ${path}`).toBe(value);
  }
});

test('a lesson page lets only its own inline scripts run and styles apply, and loads nothing from another origin', async ({
  page,
}) => {
  await page.goto(LESSON);
  const policy = await metaPolicy(page);
  expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
  expect(policy).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
  await expectInjectionsBlocked(page);
});

test('another site cannot frame the hand-in page', async ({ page, baseURL }) => {
  const refused = page.waitForEvent('console', {
    predicate: (message) => message.text().includes("frame-ancestors 'none'"),
    timeout: 10_000,
  });
  await page.setContent(`<iframe title="framed" src="${baseURL}${LESSON}/hand-in"></iframe>`);
  await refused;
  await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toHaveCount(0);
});
