/**
 * The two views of every seed lesson. The teacher view (not linked from student pages) shows each
 * exercise's answer key and the teacher notes; the student view holds neither — not in the HTML
 * the server sends, not in the page after it runs — until the student checks, and it fetches no
 * key before then. (axe checks the teacher view at three widths in crawl.static-export.spec.ts, the
 * student view before and after Check in lessons-keyboard.spec.ts.)
 */
import { expect, test } from './fixtures';
import { LESSON_SLUGS } from './helpers/lessons';
import { distinctiveRun, keyProse, leaks, secretRuns } from './helpers/secrets';
import { Student } from './helpers/student';
import { UI } from '../lib/ui-text';

for (const slug of LESSON_SLUGS) {
  test(`${slug}: the teacher view shows the key and notes; the student view holds neither before Check`, async ({
    page,
    request,
  }) => {
    test.setTimeout(60_000);
    const student = new Student(page, request, 'keyboard');
    const keyRequests: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/keys/')) keyRequests.push(r.url());
    });

    // The student view first: what does it hold before any Check?
    await student.openLesson(slug);
    const exercises = await student.exercises();
    expect(exercises.length, 'exercises in the lesson').toBeGreaterThanOrEqual(4);
    expect(await page.locator('a[href*="/teacher"]').count(), 'links to the teacher view').toBe(0);
    await expect(
      page.locator('.exercise__feedback, .exercise__explanation, .answer-key, .box--teacher-note'),
    ).toHaveCount(0);
    // axe checks this view before and after Check in lessons-keyboard.spec.ts (a slow run on 2,000 words).
    const studentDom = await page.content();
    const servedHtml = await (await request.get(`/lessons/${slug}/`)).text();
    expect(keyRequests, 'answer keys fetched before any Check').toEqual([]);

    // The teacher view: a key for every exercise, the teacher notes and the discussion guide.
    await page.goto(`/lessons/${slug}/teacher/`);
    await expect(page.locator('.teacher-banner')).toBeVisible();
    const keys = page.locator('section.answer-key');
    await expect(keys).toHaveCount(exercises.length);
    for (const [n, { id, key }] of exercises.entries()) {
      const section = keys.nth(n);
      await expect(section).toHaveAttribute('id', id);
      switch (key.type) {
        case 'spot':
          for (const gold of key.key.gold)
            await expect(section.locator('.answer-key__items')).toContainText(gold.label);
          break;
        case 'choice':
          await expect(section.locator('.answer-key__correct')).toHaveCount(
            key.key.options.filter((o) => o.correct).length,
          );
          break;
        case 'classify':
          await expect(section.locator('tbody tr')).toHaveCount(key.key.items.length);
          break;
        case 'rewrite':
          for (const loaded of key.key.loaded)
            await expect(section).toContainText(
              `${loaded.text} → ${loaded.alternatives.join(', ')}`,
            );
          break;
        case 'compare':
          await expect(
            section.locator('.answer-key__compare, .answer-key__difference'),
          ).toHaveCount(key.keys.length);
      }
      const explained = distinctiveRun(key.explanationHtml ?? '');
      if (explained) {
        const explanation = (await section.locator('.answer-key__explanation').innerText()).replace(
          /\s+/g,
          ' ',
        );
        expect(explanation, `explanation of ${id}`).toContain(explained);
      }
    }
    const notes = page.locator('.box--teacher-note');
    await expect(notes.first()).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: UI.lesson.teacher.discussionGuide }),
    ).toBeVisible();

    // Nothing of the keys or the notes was in the student view.
    const noteProse = (await notes.locator('.box__body').allInnerTexts()).flatMap((text) =>
      text.split(/\n+/),
    );
    const runs = secretRuns([...exercises.flatMap((e) => keyProse(e.key)), ...noteProse]);
    expect(runs.length, 'secret phrases to look for').toBeGreaterThan(exercises.length);
    expect(leaks(servedHtml, runs), 'secrets in the HTML the server sends').toEqual([]);
    expect(leaks(studentDom, runs), 'secrets in the student page after it ran').toEqual([]);
  });
}
