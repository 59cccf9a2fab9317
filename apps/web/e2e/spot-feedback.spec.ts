/**
 * A Spot exercise in the browser, on one page load: the passage's paragraph numbers as a screen
 * reader meets them (once per paragraph, never among the words), a check of the whole passage
 * that scores 0 and marks no answer, and that check redrawn after a reload.
 */
import { expect, expectAccessible, test } from './fixtures';
import { Student, wordsDrawn } from './helpers/student';
import { UI } from '../lib/ui-text';

test('a Spot passage numbers its paragraphs once each, a whole-passage check marks no answer, and a reload redraws it', async ({
  page,
  request,
}) => {
  // 7 s on a quiet machine; 22 s once while other builds shared the two cores.
  test.setTimeout(60_000);
  const student = new Student(page, request, 'keyboard');
  await student.openLesson('who-says-so');
  const exercise = page.locator('section#find-cues');
  const text = exercise.getByRole('listbox');

  // The numbers are the article's (the passage starts at paragraph 4), drawn beside the words.
  const groups = text.getByRole('group');
  await expect(groups).toHaveCount(5);
  const number = await groups.first().evaluate((el) => getComputedStyle(el, '::before').content);
  expect(number).not.toBe('none');

  await text.focus();
  await page.keyboard.press('Space');
  // Drawn on the word: the mark, and the focus ring that keeps its underline.
  await expect.poll(() => wordsDrawn(text, 'marked')).toEqual([0]);
  expect(await wordsDrawn(text, 'ring')).toEqual([0]);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => wordsDrawn(text, 'ring')).toEqual([1]);
  expect(await wordsDrawn(text, 'marked')).toEqual([0]);
  await page.keyboard.press('ArrowLeft');
  await expect(groups.first()).toMatchAriaSnapshot(`
    - group "Paragraph 4":
      - /children: equal
      - option "U.S." [selected]
      - option "Defense"
      - option "Secretary"
      - option "Lloyd"
      - option "J."
      - option "Austin"
      - option "III"
      - option "said"
      - option "the"
      - option "change"
      - option "in"
      - option "Washington’s"
      - option "policy"
      - option "on"
      - option "antipersonnel"
      - option "land"
      - option "mines"
      - option "for"
      - option "Ukraine"
      - option "follows"
      - option "changing"
      - option "tactics"
      - option "by"
      - option "the"
      - option "Russians"
      - text: .
  `);
  // No paragraph of the listbox holds a number among its words and punctuation.
  expect(await text.ariaSnapshot()).not.toMatch(/^\s*- text: "?\d+"?$/m);

  // Everything selected: one message, no mark on the text, no cue quoted.
  await page.keyboard.press('Shift+End');
  await exercise.getByRole('button', { name: UI.exercise.check }).click();
  const summary = exercise.locator('.exercise__summary');
  await expect(summary).toContainText('Score: 0%');
  const expectNothingGivenAway = async () => {
    await expect(text.locator('[data-fb]')).toHaveCount(0);
    await expect(text.locator('.fb-tag')).toHaveCount(0);
    await expect(exercise.locator('.fb-note')).toHaveCount(1);
    await expect(exercise.locator('.fb-note')).toContainText(UI.feedback.status['too-much']);
    await expect(exercise.locator('.exercise__feedback')).not.toContainText(/“(said|countered)”/);
    await expect(exercise.locator('.exercise__explanation')).toHaveCount(0);
  };
  await expectNothingGivenAway();
  await expectAccessible(page);

  // The answer is unchanged since that check: a reload draws the same feedback again.
  await student.reload();
  await expect(summary).toContainText('Score: 0%');
  await expect(exercise.getByRole('button', { name: UI.exercise.tryAgain })).toBeVisible();
  await expect(text.getByRole('option', { selected: true })).toHaveCount(
    await text.getByRole('option').count(),
  );
  await expectNothingGivenAway();
});
