/** The accessibility check itself: it must fail on a page a screen-reader user could not use. */
import { expect, expectAccessible, test } from './fixtures';

test('expectAccessible finds an image without a text alternative and a button without a name', async ({
  page,
}) => {
  await page.goto('/');
  // After hydration: React would drop nodes it did not render.
  await page.waitForFunction(() =>
    Object.keys(document.querySelector('main')!).some((k) => k.startsWith('__react')),
  );
  await page.evaluate(() => {
    document
      .querySelector('main')!
      .insertAdjacentHTML('beforeend', '<img src="/icon.svg"><button type="button"></button>');
  });
  const failure = await expectAccessible(page).then(
    () => null,
    (error: Error) => error.message,
  );
  expect(failure).toContain('image-alt');
  expect(failure).toContain('button-name');
});
