/**
 * The lessons the keyboard walk leaves out (helpers/lessons.ts), by a student who uses the mouse
 * only: drag across words, click options and buttons. Between the two walks every seed lesson is
 * answered in full; the kinds of exercise these lessons lack are clicked through in their
 * component tests. It ends with "New student" on the lesson's hand-in page, which must leave
 * nothing of this student's work on the shared device.
 */
import { expect, test } from './fixtures';
import { expectLessonFinished } from './helpers/lesson-summary';
import { lessonsForMouseWalk } from './helpers/lessons';
import { Student } from './helpers/student';
import { UI } from '../lib/ui-text';

for (const slug of lessonsForMouseWalk()) {
  test(`${slug}: a student completes every exercise with the mouse, and “New student” clears it all`, async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const student = new Student(page, request, 'mouse');
    await student.openLesson(slug);
    const exercises = await student.exercises();

    for (const exercise of exercises) await student.complete(exercise);
    // The checked lesson is the same page the keyboard run leaves, which axe checks there.
    await expectLessonFinished(page, exercises);

    await student.openHandIn();
    await student.clearForNextStudent();

    // Back in the lesson, the next student sees none of it, and none after a reload either.
    await student.backToLesson();
    for (const exercise of exercises) await student.expectFresh(exercise);
    await student.reload();
    for (const exercise of exercises) await student.expectFresh(exercise);
    await expect(page.getByText(UI.progress.indicator(0, exercises.length))).toBeVisible();
  });
}
