/**
 * The kit's reading pages in a real browser: the lesson list with this device's progress, the
 * article reader's layers, the compare view of the seed story (side by side and on a phone), the
 * guide, and how they print. Axe checks the states that only these tests reach (a layer switched,
 * a note targeted); each page as it loads is checked by the export crawl
 * (crawl.static-export.spec.ts) at 1280 px, and each kind of page at 320 px, so it is not checked
 * again here: the phone test ends on the version the page opens with, which the crawl checks.
 */
import { emptyProgress, recordAttempt, serialiseProgress } from '@sayswho/core/quiz';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

const PHONE = { width: 390, height: 844 };

/** `whileOff` runs with the layer switched off (axe, where scripts run). */
async function switchLoadedWordingOffAndOn(page: Page, whileOff?: () => Promise<void>) {
  await page.goto('/articles/ap-landmines-latimes');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('U.S. will allow Ukraine');
  const battered = page.locator('.m-loaded', { hasText: 'battered' });
  const notes = page.locator('.note-group--loaded-wording');
  await expect(battered).toHaveCSS('text-decoration-style', 'wavy');
  await expect(notes).toBeVisible();

  const toggle = page.getByRole('checkbox', { name: /^Loaded wording \(\d+ marks\)$/ });
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).not.toBeChecked();
  await expect(battered).toHaveCSS('text-decoration-line', 'none');
  await expect(page.getByRole('link', { name: /^L1\b/ })).toBeHidden();
  await expect(notes).toBeHidden();
  // The other layers stay as they were.
  await expect(page.locator('.m-cue').first()).toHaveCSS('border-top-style', 'solid');
  await whileOff?.();

  await page.keyboard.press('Space');
  await expect(toggle).toBeChecked();
  await expect(battered).toHaveCSS('text-decoration-style', 'wavy');
  await expect(notes).toBeVisible();
}

test.describe('the lesson list', () => {
  test('shows every lesson with its skill, level and time, and the progress saved on this device', async ({
    page,
  }) => {
    await page.goto('/');
    const cards = page.locator('.lesson-card');
    await expect(cards.first()).toBeVisible();
    const first = cards.first();
    await expect(first.getByRole('heading', { level: 2 })).toBeVisible();
    await expect(first).toContainText('Skill');
    await expect(first).toContainText(/\d+ min/);
    await expect(first).toContainText('Not started');

    // Record one finished exercise the way the exercises do, then come back to the list.
    await first.getByRole('link').click();
    const lesson = page.locator('article.lesson');
    const slug = (await lesson.getAttribute('data-lesson'))!;
    const fingerprint = (await lesson.getAttribute('data-fingerprint'))!;
    const exerciseId = (await page.locator('section.exercise').first().getAttribute('id'))!;
    const saved = serialiseProgress(
      recordAttempt(emptyProgress(), {
        lesson: { slug, fingerprint },
        exerciseId,
        answer: { type: 'choice', chosen: [] },
        answerText: '',
        score: 1,
        completed: true,
        now: '2024-11-20T10:00:00.000Z',
      }),
    );
    await page.evaluate((value) => localStorage.setItem('sayswho.progress', value), saved);
    await page.goto('/');
    await expect(page.locator('.lesson-card').first()).toContainText(/1 of \d+ exercises done/);
  });
});

test.describe('the article reader', () => {
  // A whole article carries hundreds of marks: axe needs longer than on other pages.
  test.slow();
  test('lists every article of the corpus, each linking to its reader', async ({ page }) => {
    await page.goto('/articles');
    await page.getByRole('link', { name: 'Spectrum News' }).click();
    await expect(page).toHaveURL(/\/articles\/ap-landmines-spectrum\/?$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('switches a layer off and on by keyboard, and the page with a layer off passes axe', async ({
    page,
  }) => {
    await switchLoadedWordingOffAndOn(page, () => expectAccessible(page));
  });

  test.describe('with scripts off', () => {
    test.use({ javaScriptEnabled: false });
    // The switch is plain checkboxes and CSS: it works before, or without, any script.
    test('the layer switch still works', async ({ page }) => {
      await switchLoadedWordingOffAndOn(page);
    });
  });

  test('numbers the paragraphs, credits the outlet and the AP, and explains each mark', async ({
    page,
  }) => {
    await page.goto('/articles/ap-landmines-latimes');
    await expect(page.locator('.block').first()).toContainText(/^Paragraph 1\s*KYIV/);
    await expect(page.locator('.credit-line')).toContainText(/Associated Press.*Los Angeles Times/);
    await page
      .locator('.m-loaded', { hasText: 'battered' })
      .locator('xpath=following-sibling::sup[1]/a')
      .click();
    await expect(page.locator('.note:target')).toContainText('battered');
    await expect(page.locator('.note:target')).toContainText('Plainer words');
  });
});

test.describe('the compare view', () => {
  test.slow();
  test('shows the seed story’s differences side by side, with a legend that counts them', async ({
    page,
  }) => {
    await page.goto('/compare');
    await page.getByRole('link', { name: /U\.S\. lets Ukraine/ }).click();
    await expect(page).toHaveURL(/\/compare\/ap-landmines-2024\/?$/);

    const reworded = page.locator('.chg-reworded');
    await expect(page.locator('td.col-from .chg-reworded', { hasText: 'battered' })).toBeVisible();
    await expect(page.locator('td.col-to .chg-reworded', { hasText: 'clobbered' })).toBeVisible();
    expect(await reworded.count()).toBeGreaterThan(1);

    const legend = page.getByRole('region', { name: 'Kinds of difference' });
    await expect(legend.getByRole('listitem').filter({ hasText: 'Reworded' })).toContainText(
      /Reworded\s*[1-9]/,
    );
    await expect(legend.getByRole('listitem').filter({ hasText: 'Removed' })).toContainText(
      /Removed\s*[1-9]/,
    );

    // The summary box only Spectrum has, across from a gap in the LA Times column.
    const boxRow = page.locator('tr', { hasText: 'What You Need To Know' });
    await expect(boxRow.locator('td.col-to')).toContainText('Only in Spectrum News');
    await expect(boxRow.locator('td.col-from')).toHaveText('Not in Los Angeles Times');

    // The paragraphs only the LA Times kept, across from a gap in the Spectrum column.
    const laOnly = page.locator('tr', { hasText: 'Ukraine pleaded for permission' });
    await expect(laOnly.locator('td.col-from')).toContainText('Only in Los Angeles Times');
    await expect(laOnly.locator('td.col-to')).toHaveText('Not in Spectrum News');
    await expect(
      page
        .locator('tr', { hasText: 'It wasn’t possible to independently verify the claims.' })
        .locator('td.col-to'),
    ).toHaveText('Not in Spectrum News');

    await page
      .locator('td.col-from .chg-reworded', { hasText: 'battered' })
      .locator('xpath=following-sibling::sup[1]/a')
      .click();
    await expect(page.locator('.diff-note:target')).toContainText('Reworded');
    await expectAccessible(page);
  });

  test('on a phone shows one version at a time, with a switch between them', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/compare/ap-landmines-2024');
    const la = page.locator('td.col-from .chg-reworded', { hasText: 'battered' });
    const spectrum = page.locator('td.col-to .chg-reworded', { hasText: 'clobbered' });
    await expect(la).toBeVisible();
    await expect(spectrum).toBeHidden();

    await page.getByRole('radio', { name: 'Spectrum News' }).check();
    await expect(spectrum).toBeVisible();
    await expect(la).toBeHidden();

    // Arrow keys move between the two versions, as in any radio group.
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('radio', { name: 'Los Angeles Times' })).toBeChecked();
    await expect(la).toBeVisible();
  });
});

test('the guide renders docs/authoring-guide.md, and every in-page link lands on a section', async ({
  page,
}) => {
  await page.goto('/guide');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const anchors = await page
    .locator('main a[href^="#"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  for (const href of new Set(anchors)) {
    await expect(page.locator(`[id="${href.slice(1)}"]`), `target of ${href}`).toHaveCount(1);
  }
});

test.describe('printing', () => {
  test('a printed article keeps its marks and legend but drops the controls and navigation', async ({
    page,
  }) => {
    await page.goto('/articles/ap-landmines-latimes');
    await page.getByRole('checkbox', { name: /Who says so/ }).uncheck();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('checkbox', { name: /Loaded wording/ })).toBeHidden();
    await expect(page.locator('.layer-option', { hasText: 'Loaded wording' })).toBeVisible();
    await expect(page.locator('.layer-option', { hasText: 'Who says so' })).toBeHidden();
    await expect(page.locator('.m-loaded', { hasText: 'battered' })).toHaveCSS(
      'text-decoration-style',
      'wavy',
    );
  });

  test('the printed compare view shows both versions side by side, even on a narrow page', async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/compare/ap-landmines-2024');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('td.col-to .chg-reworded', { hasText: 'clobbered' })).toBeVisible();
    await expect(page.locator('td.col-from .chg-reworded', { hasText: 'battered' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Version to show' })).toBeHidden();
  });
});
