/** What the kit's Content-Security-Policy must stop in any page, whoever delivers it (header or `<meta>`). */
import { expect, type Page } from '@playwright/test';

/**
 * Plants what a lesson that slipped past the sanitiser could: an inline script, an inline style
 * and an image from another origin. All must be refused by the page's policy: the script never
 * runs, the style never applies (the page's own inlined stylesheets do: they are pinned by hash)
 * and the image is reported as a violation of img-src (a failed load alone would not prove it:
 * there is no internet here).
 */
export async function expectInjectionsBlocked(page: Page) {
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(event.effectiveDirective),
    );
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.planted = "ran"';
    document.body.append(script);
    const style = document.createElement('style');
    style.textContent = 'html{--planted:ran}';
    document.head.append(style);
    const image = new Image();
    await new Promise((settled) => {
      image.onload = image.onerror = settled;
      image.src = 'https://images.example.com/pixel.png';
    });
    // Violation events are dispatched after the load fails.
    await new Promise((settled) => setTimeout(settled, 50));
    return {
      scriptRan: document.documentElement.dataset.planted === 'ran',
      styleApplied: getComputedStyle(document.documentElement).getPropertyValue('--planted') !== '',
      violations,
    };
  });
  expect(outcome.scriptRan, 'the planted inline script ran').toBe(false);
  expect(outcome.styleApplied, 'the planted inline style applied').toBe(false);
  expect(outcome.violations).toEqual(
    expect.arrayContaining(['script-src-elem', 'style-src-elem', 'img-src']),
  );
}

/** The page's `<meta>` Content-Security-Policy: the hashes of its own inline scripts, nothing looser. */
export async function metaPolicy(page: Page): Promise<string> {
  return page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content') as Promise<string>;
}
