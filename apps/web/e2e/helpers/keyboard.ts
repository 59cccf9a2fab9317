/** Moving around a page the way a keyboard-only student does: Tab and Shift+Tab, nothing else. */
import { expect, type Locator, type Page } from '@playwright/test';

/** A long lesson page has a few hundred tab stops at most; more means focus is stuck. */
const MAX_TABS = 400;

/**
 * Presses Tab (or Shift+Tab) until focus is on `target` or inside it, and fails if Tab never
 * gets there: something a student could not reach without a mouse.
 */
export async function tabTo(page: Page, target: Locator, { backward = false } = {}) {
  const element = await target.elementHandle();
  expect(element, 'the element to reach by Tab').not.toBeNull();
  const focused = () =>
    element!.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    if (await focused()) return;
    await page.keyboard.press(backward ? 'Shift+Tab' : 'Tab');
  }
  expect(
    await focused(),
    `reached by ${backward ? 'Shift+Tab' : 'Tab'} within ${MAX_TABS} presses`,
  ).toBe(true);
}

/** Presses `key` `times` times. */
export async function pressTimes(page: Page, key: string, times: number) {
  for (let i = 0; i < times; i += 1) await page.keyboard.press(key);
}
