/**
 * Every seed lesson, done by a student who uses the keyboard only: Tab to each exercise, arrows
 * and Space to mark words and choose options, Enter on the buttons. The answers come from each
 * exercise's key JSON. Feedback must reach the live region, the lesson must end with a score
 * summary, axe must find nothing before or after checking, a reload must bring it all back, and
 * the hand-in page must list every exercise as done under the student's name.
 */
import { expect, expectAccessible, test } from './fixtures';
import { expectLessonFinished } from './helpers/lesson-summary';
import { LESSON_SLUGS } from './helpers/lessons';
import { Student } from './helpers/student';
import { UI } from '../lib/ui-text';

for (const slug of LESSON_SLUGS) {
  test(`${slug}: a student completes every exercise by keyboard alone, and finds answers, attempts and scores again after a reload`, async ({
    page,
    request,
  }) => {
    // Two axe runs over ~800 selectable words take most of it on a busy two-core machine.
    test.setTimeout(180_000);
    const student = new Student(page, request, 'keyboard');
    await student.openLesson(slug);
    const exercises = await student.exercises();
    await expectAccessible(page);

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
