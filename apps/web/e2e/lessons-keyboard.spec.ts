/**
 * The lessons that between them hold every kind of exercise (helpers/lessons.ts), done by a
 * student who uses the keyboard only: Tab to each exercise, arrows and Space to mark words and
 * choose options, Enter on the buttons. (The mouse walk does the other lessons, so that between
 * them every lesson's words and keys are answered; what a keyboard user does differs by kind of
 * exercise.) The answers come from each
 * exercise's key JSON. Feedback must reach the live region, the lesson must end with a score
 * summary, axe must find nothing once it is checked (the lesson as it loads is the export crawl's
 * to check), a reload must bring it all back, and the hand-in page must list every exercise as
 * done under the student's name.
 */
import { expect, expectAccessible, test } from './fixtures';
import { expectLessonFinished } from './helpers/lesson-summary';
import { lessonsCoveringEveryKind } from './helpers/lessons';
import { Student, wordsDrawn } from './helpers/student';
import { UI } from '../lib/ui-text';

for (const slug of lessonsCoveringEveryKind()) {
  test(`${slug}: a student completes every exercise by keyboard alone, and finds answers, attempts and scores again after a reload`, async ({
    page,
    request,
  }) => {
    // 30–45 s on a quiet two-core machine: hundreds of key presses and two axe runs.
    test.setTimeout(150_000);
    const student = new Student(page, request, 'keyboard');
    await student.openLesson(slug);
    const exercises = await student.exercises();

    for (const exercise of exercises) await student.complete(exercise);
    await expectLessonFinished(page, exercises);
    await expectAccessible(page);

    await student.reload();
    for (const exercise of exercises) await student.expectRestored(exercise);
    await expectLessonFinished(page, exercises);

    // Handing in, on the lesson's own hand-in page: every exercise, done, under the student's name.
    const title = await page.getByRole('heading', { level: 1 }).innerText();
    await student.openHandIn();
    await expect(
      page.getByText(UI.progress.indicator(exercises.length, exercises.length)),
    ).toBeVisible();
    const sheet = await student.handIn('Amina K.');
    expect(sheet).toContain('Student: Amina K.');
    expect(sheet).toContain(`Lesson: ${title} (${slug})`);
    expect(sheet.match(/ · completed$/gm)).toHaveLength(exercises.length);
    await expectAccessible(page);
  });
}

test('on a phone, Tab into a passage taller than the screen shows the word with the focus ring', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const student = new Student(page, request, 'keyboard');
  await student.openLesson('who-says-so');
  const text = page.locator('section#find-cues').getByRole('listbox');
  expect((await text.boundingBox())!.height).toBeGreaterThan(844);

  // From the control before the passage, as a student tabbing down the page meets it.
  await text.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(text).toBeFocused();
  await expect.poll(() => wordsDrawn(text, 'ring')).toEqual([0]);
  await expect(text.locator('[data-w="0"]')).toBeInViewport({ ratio: 1 });

  // From after it, the page read further down (Shift+Tab back up the page), to the word last active.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const active = await text.getAttribute('aria-activedescendant');
  await page.keyboard.press('Tab');
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  await page.keyboard.press('Shift+Tab');
  await expect(text).toBeFocused();
  await expect(page.locator(`[id="${active}"]`)).toBeInViewport({ ratio: 1 });
});
