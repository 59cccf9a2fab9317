/**
 * The static export on a host that sends no headers at all (the worst case: scripts/serve-static.ts
 * sends none): each page's `<meta>` policy still stops a planted inline script and style and a
 * foreign image, and the `_headers` file is there for the hosts that read it.
 */
import { staticHostHeadersFile } from '../lib/security/security-headers';
import { expect, test } from './fixtures';
import { LESSON_SLUGS } from './helpers/lessons';
import { expectInjectionsBlocked, metaPolicy } from './helpers/security';

test('every page carries its own policy, and _headers holds the rest for the hosts that read it', async ({
  page,
  request,
}) => {
  const response = await page.goto(`/lessons/${LESSON_SLUGS[0]}/`);
  expect(response!.headers()['content-security-policy']).toBeUndefined();
  const policy = await metaPolicy(page);
  expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
  expect(policy).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
  expect(policy).not.toContain('frame-ancestors');
  await expectInjectionsBlocked(page);
  expect(await (await request.get('/_headers')).text()).toBe(staticHostHeadersFile());
});
