/**
 * Chromium's "block site data" (touching localStorage throws): the lesson says at once that the
 * work will not be kept, marking and Check still work, and the answers are handed in from the end
 * of the lesson page itself, in the page that holds them (the hand-in page would open empty).
 */
import { UI } from '../lib/ui-text';
import { expect, test } from './fixtures';
import { LESSON_SLUGS } from './helpers/lessons';
import { Student } from './helpers/student';

test('with site data blocked, a lesson says so at once and hands in from its own end', async ({
  page,
  request,
  context,
}) => {
  // A whole lesson page and its first Check: 9-16 s on this shared two-core machine.
  test.setTimeout(60_000);
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  const student = new Student(page, request, 'mouse');
  await student.openLesson(LESSON_SLUGS[0]!);
  // Before any answer.
  await expect(
    page.getByRole('status').filter({ hasText: UI.progress.storageUnavailable }),
  ).toBeVisible();

  const [first] = await student.exercises();
  await student.answer(first!.id, first!.key);
  await student.check(first!.id);
  await expect(page.getByRole('link', { name: UI.handIn.heading, exact: true })).toHaveCount(0);
  const sheet = await student.handIn('Amina K.');
  expect(sheet).toContain('Student: Amina K.');
  expect(sheet).not.toContain('No answers yet.');
  expect(sheet).toMatch(/ · 1 attempt · /);
});
