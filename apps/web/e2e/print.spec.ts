/**
 * Printing: a lesson prints as a worksheet (the text, the questions and room to answer; no
 * answers, no buttons), and its teacher view prints as the answer key. Checked in print media
 * and in the PDF Chromium makes of it (saved beside the test results for a person to look at).
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { UI } from '../lib/ui-text';
import { expect, test } from './fixtures';
import { Student } from './helpers/student';

const SLUG = 'who-says-so';

/**
 * Prints to PDF and counts its pages with a PDF parser: how Chromium writes the file (page
 * objects plain or packed into compressed object streams) changes between versions.
 */
async function printToPdf(page: Page, file: string): Promise<Buffer> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  writeFileSync(file, pdf);
  expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThan(1);
  return pdf;
}

test('a lesson prints as a worksheet: the questions and the text, with no answers and no buttons', async ({
  page,
  request,
}, testInfo) => {
  const student = new Student(page, request, 'mouse');
  await student.openLesson(SLUG);
  const exercises = await student.exercises();
  await page.emulateMedia({ media: 'print' });

  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const { id } of exercises) {
    await expect(student.exercise(id).locator('.exercise__title')).toBeVisible();
  }
  await expect(page.locator('button:visible')).toHaveCount(0);
  await expect(page.getByText(UI.picker.marked(0)).first()).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(
    page.locator('.exercise__feedback, .answer-key, .box--teacher-note, [aria-selected="true"]'),
  ).toHaveCount(0);
  // The words of a Spot passage are printed for marking by pen.
  await expect(page.getByRole('listbox').first()).toBeVisible();
  // With the article's paragraph numbers, which the questions refer to.
  const firstParagraph = page.getByRole('listbox').first().getByRole('group').first();
  expect(await firstParagraph.evaluate((el) => getComputedStyle(el, '::before').content)).not.toBe(
    'none',
  );

  await printToPdf(page, testInfo.outputPath('worksheet.pdf'));
});

test('the teacher view prints as the answer key, with the teacher notes and no buttons', async ({
  page,
}, testInfo) => {
  await page.goto(`/lessons/${SLUG}/teacher/`);
  await page.emulateMedia({ media: 'print' });
  const keys = page.locator('section.answer-key');
  expect(await keys.count()).toBeGreaterThanOrEqual(4);
  for (const key of await keys.all()) await expect(key).toBeVisible();
  await expect(page.locator('.answer-key__items q').first()).toBeVisible();
  await expect(page.locator('.box--teacher-note').first()).toBeVisible();
  await expect(page.locator('button:visible')).toHaveCount(0);

  await printToPdf(page, testInfo.outputPath('answer-key.pdf'));
});
