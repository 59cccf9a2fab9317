/** The end of a lesson as the student sees it: the progress indicator and the score summary. */
import { expect, type Page } from '@playwright/test';
import { UI } from '../../lib/ui-text';
import type { ExerciseOnPage } from './student';

/** Every exercise done: 100% (or “for your teacher” for a rewrite), one attempt, one hint. */
export async function expectLessonFinished(page: Page, exercises: readonly ExerciseOnPage[]) {
  await expect(
    page.getByText(UI.progress.indicator(exercises.length, exercises.length)),
  ).toBeVisible();
  const summary = page.getByRole('region', { name: UI.progress.summaryHeading });
  await expect(summary).toBeVisible();
  const rows = summary.locator('tbody tr');
  await expect(rows).toHaveCount(exercises.length);
  for (const [n, { id, key }] of exercises.entries()) {
    const cells = rows.nth(n).locator('td');
    await expect(rows.nth(n).getByRole('link')).toHaveAttribute('href', `#${id}`);
    await expect(cells.nth(0), `best score of ${id}`).toHaveText(
      key.type === 'rewrite' ? UI.progress.forTeacher : UI.progress.scoreCell(100),
    );
    await expect(cells.nth(1), `attempts at ${id}`).toHaveText('1');
    await expect(cells.nth(2), `hints used in ${id}`).toHaveText('1');
  }
  await expect(summary).toContainText(UI.progress.nextAllDone);
}
