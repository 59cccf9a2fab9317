/**
 * A teacher page checked by axe and, with E2E_SCREENSHOTS=<folder>, kept as a picture at 1280 and
 * 390 px wide, to look at.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible } from '../fixtures';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

export async function lookAt(page: Page, name: string) {
  // next dev streams a page's metadata after its body: the title can come after the first paint.
  await expect(page).toHaveTitle(/\S/);
  // It can also show a page before its styles apply: a CI run's axe met the site header unstyled
  // (its links under 24 px) on a page that had already shown its content, after next dev compiled
  // the route. axe judges what is drawn, so it waits for every stylesheet to have loaded and the
  // kit's own to apply.
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every(
              (link) => link.sheet !== null,
            ) && getComputedStyle(document.querySelector('.skip-link')!).position === 'absolute',
        ),
      { intervals: [100] },
    )
    .toBe(true);
  await expectAccessible(page);
  const folder = process.env.E2E_SCREENSHOTS;
  if (!folder) return;
  for (const [width, size] of [
    ['1280', DESKTOP],
    ['390', PHONE],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({
      path: path.join(folder, `teacher-${name}-${width}.png`),
      fullPage: true,
    });
  }
  await page.setViewportSize(DESKTOP);
}
