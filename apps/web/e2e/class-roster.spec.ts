/**
 * The students' work on the teacher's class page, against the real class server: two students
 * work (Ada marks a word in a Spot, Bo checks a rewrite), the roster's table shows their progress,
 * Ada's own page draws her mark on the text, the teacher reviews Bo's rewrite on the class page
 * and Bo's device shows the comment. Another teacher gets "not found" for Ada's page. axe checks
 * both teacher pages; E2E_SCREENSHOTS=<folder> keeps them at 1280 and 390 px.
 */
import { classText } from '../lib/ui-text/class';
import { exerciseText } from '../lib/ui-text/exercise';
import { teacherWorkText } from '../lib/ui-text/teacher-work';
import { expect, test } from './fixtures';
import { addTeacher, makeClass } from './helpers/class-server';
import { joinClass } from './helpers/class-student';
import { lookAt } from './helpers/look-at';

const LESSON = { slug: 'battered-or-clobbered', title: 'Battered or clobbered?' };
const P = teacherWorkText.progress;
const R = teacherWorkText.rewrites;
// The roster's columns for the exercises find-loaded and rewrite-battered, by their titles.
const SPOT = 'Exercise 1: Spot';
const REWRITE = 'Exercise 4: Rewrite';

test('the roster shows each student’s progress, one student’s page draws their marks, and a review of a rewrite reaches the student', async ({
  page: teacher,
  browser,
  baseURL,
}) => {
  // 65–110 s measured on the shared 2-core machine (three browser contexts, two server pages, axe twice).
  test.setTimeout(330_000);
  const klass = await makeClass(teacher, baseURL!, [LESSON.slug]);
  const join = async (name: string) =>
    joinClass(await browser.newContext({ baseURL }), {
      joinCode: klass.joinCode,
      name,
      keyboard: false,
      lesson: LESSON,
    });
  const ada = await join('Ada');
  const bo = await join('Bo');

  const spot = ada.page.locator('section#find-loaded');
  await spot.getByRole('option', { name: 'battered', exact: true }).first().click();
  await spot.getByRole('button', { name: exerciseText.check }).click();
  await expect(
    ada.page.getByRole('status').filter({ hasText: classText.status.sent }),
  ).toBeVisible();

  const rewrite = bo.page.locator('section#rewrite-battered');
  await rewrite
    .getByRole('textbox', { name: exerciseText.rewrite.yourVersion })
    .fill('Russian forces hit the city again.');
  await rewrite.getByRole('button', { name: exerciseText.check }).click();
  await expect(
    bo.page.getByRole('status').filter({ hasText: classText.status.sent }),
  ).toBeVisible();

  // The roster: a row per student, a column per exercise, the stage in words.
  await teacher.goto(`/teacher/classes/${klass.id}`);
  const table = teacher.getByRole('table', { name: P.caption });
  await expect(table.locator('thead')).toMatchAriaSnapshot(`
    - rowgroup:
      - row:
        - columnheader "${P.student}"
        - columnheader "${LESSON.title}"
      - row:
        - 'columnheader "${SPOT}"'
        - 'columnheader "${REWRITE}"'
  `);
  const row = (name: string) =>
    table.getByRole('row').filter({ has: teacher.getByRole('link', { name, exact: true }) });
  const column = async (title: string) =>
    (await table.locator('thead tr').nth(1).getByRole('columnheader').allTextContents()).indexOf(
      title,
    );
  const cell = async (name: string, title: string) =>
    row(name)
      .getByRole('cell')
      .nth(await column(title));
  await expect(row('Ada').getByRole('rowheader')).toContainText(P.activeNow);
  await expect(await cell('Ada', SPOT)).toContainText(/Checked, best \d+%/);
  await expect(await cell('Ada', REWRITE)).toContainText(P.status['not-started']);
  await expect(await cell('Bo', REWRITE)).toContainText(P.status.checked);

  // The review form of Bo's rewrite, then the review saved and shown on the page.
  const review = teacher.locator('#rewrites form');
  await expect(review).toMatchAriaSnapshot(`
    - group "${R.verdictLegend('Bo')}":
      - radio "${R.verdict.fair}"
      - radio "${R.verdict['try-again']}"
    - textbox "${R.comment}"
    - button "${R.save}"
  `);
  await expect(teacher.locator('#rewrites blockquote')).toHaveText(
    'Russian forces hit the city again.',
  );
  await lookAt(teacher, 'class-work');
  await review.getByRole('radio', { name: R.verdict['try-again'] }).check();
  await review.getByRole('textbox', { name: R.comment }).fill('Who hit what? Say it plainly.');
  await review.getByRole('button', { name: R.save }).click();
  await expect(review.getByRole('status')).toHaveText(R.savedNow('Bo'));
  await expect(teacher.locator('#rewrites')).toContainText(
    `${R.saved}: ${R.verdict['try-again']} — Who hit what? Say it plainly.`,
  );

  // Bo's device shows the teacher's comment.
  await expect(rewrite.locator('.exercise__review')).toContainText(
    `${classText.verdict['try-again']}: Who hit what? Say it plainly.`,
    { timeout: 15_000 },
  );

  // Ada's page: her mark drawn on the passage, her Check and time on task.
  await row('Ada').getByRole('link', { name: 'Ada', exact: true }).click();
  await teacher.waitForURL(/\/students\//);
  const adaUrl = teacher.url();
  const spotWork = teacher.getByRole('region', {
    name: 'spot exercise “find-loaded”',
    exact: true,
  });
  await expect(spotWork.locator('mark')).toHaveText(['battered']);
  await expect(spotWork).toContainText(/Checked, best \d+%/);
  await expect(teacher.getByText(/pauses over 5 minutes are left out/)).toBeVisible();
  await lookAt(teacher, 'student');

  // Another teacher: Ada's page is not found.
  const other = await browser.newContext({ baseURL });
  const stranger = await other.newPage();
  await stranger.goto(addTeacher().signInPath);
  await expect(stranger).toHaveURL(/\/teacher$/);
  expect((await stranger.goto(adaUrl))?.status()).toBe(404);
  await other.close();
  await ada.page.context().close();
  await bo.page.context().close();
});
