/**
 * The teacher's view of the class's work and the projector view, in one lean run: students'
 * Checks (sent as their devices send them) drawn on the passage, a new Check showing on the open
 * class page within 2 s, the heatmap's table alternative and the projector's controls as a
 * screen reader gets them (aria snapshots), Lock, reveal and the key on the projector, and no
 * student's name anywhere in the projector's HTML. axe checks both pages; E2E_SCREENSHOTS=<folder>
 * keeps pictures at 390, 1280 and 1920 px wide.
 */
import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { addTeacher } from './helpers/class-server';

const LESSON = 'who-says-so';
const NAMES = ['Zofia Quillfeather', 'Bartholomew Vance', 'Cyrus Ambergast'];
const WIDTHS = [390, 1280, 1920];

async function screenshots(page: Page, name: string) {
  const folder = process.env.E2E_SCREENSHOTS;
  if (!folder) return;
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 1000 });
    await page.screenshot({ path: path.join(folder, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The lesson's first Spot exercise as a device knows it: fingerprint, id, the key's items. */
async function firstSpot(request: APIRequestContext) {
  const html = await (await request.get(`/lessons/${LESSON}`)).text();
  const fingerprint = /data-fingerprint="([^"]+)"/.exec(html)![1]!;
  const keyUrl = /\/keys\/[a-z0-9-]+\/[a-z0-9-]+\.json/.exec(html)![0];
  const key = (await (await request.get(keyUrl)).json()) as {
    id: string;
    key: { gold: { span: { start: number; end: number }; label: string; borderline: boolean }[] };
  };
  return { fingerprint, id: key.id, gold: key.key.gold.filter((g) => !g.borderline) };
}

test('the class page shows the class’s marks live on the passage; the projector shows one exercise, locked, revealed and keyed, with no names', async ({
  browser,
  request,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const origin = new URL(baseURL!).origin;
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(addTeacher().signInPath);
  await page.waitForURL(/\/teacher$/);
  const endsOn = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const created = await page.request.post('/api/class/teacher/classes', {
    data: { name: 'Period 5', lessons: [LESSON], endsOn },
    headers: { Origin: origin },
  });
  expect(created.status(), await created.text()).toBe(201);
  const klass = (await created.json()) as { id: string; joinCode: string };
  const spot = await firstSpot(request);
  const [first, second] = spot.gold;

  /** A student joins and Checks `marked`, as their device would send it. */
  const checks = async (name: string, marked: (typeof spot.gold)[number][]) => {
    const joined = await request.post('/api/class/join', {
      data: { code: klass.joinCode, name },
      headers: { origin },
    });
    const { deviceToken } = (await joined.json()) as { deviceToken: string };
    const sent = await request.post('/api/class/events', {
      headers: { origin, authorization: `Bearer ${deviceToken}` },
      data: {
        events: [
          {
            v: 1,
            id: crypto.randomUUID(),
            kind: 'check',
            lesson: { slug: LESSON, fingerprint: spot.fingerprint },
            exerciseId: spot.id,
            at: new Date().toISOString(),
            answer: { type: 'spot', spans: marked.map((g) => g.span) },
          },
        ],
      },
    });
    expect(sent.status(), await sent.text()).toBe(200);
  };
  await checks(NAMES[0]!, [first!]);
  await checks(NAMES[1]!, [first!, second!]);

  // The class page: the marks on the text, and their table for screen readers.
  await page.goto(`/teacher/classes/${klass.id}`);
  const exercise = page.locator(`#results-${LESSON}-${spot.id}`);
  const firstWord = first!.label.split(' ')[0]!;
  await expect(exercise.locator('mark', { hasText: firstWord }).first()).toBeVisible();
  // TEMP await expect(page.getByRole('status').filter({ hasText: 'Live: this updates' })).toBeVisible();
  await exercise.getByText('The marks as a table').first().click();
  const table = exercise.getByRole('table').first();
  console.log(await table.ariaSnapshot());
  await expectAccessible(page);
  await screenshots(page, 'dashboard');

  // A third student's Check shows on the open page within 2 s.
  const counts = () =>
    table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.textContent));
  const before = await counts();
  const sentAt = Date.now();
  await checks(NAMES[2]!, [first!, second!]);
  await expect.poll(counts, { timeout: 2_000, intervals: [50] }).not.toEqual(before);
  console.log(`live update shown after ${Date.now() - sentAt} ms`);

  // The projector: the exercise chosen, hidden until revealed, locked, then the key.
  await page.goto(`/teacher/classes/${klass.id}/project`);
  await page.getByLabel('Exercise to show').selectOption(`${LESSON}/${spot.id}`);
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await page.waitForURL(/exercise=/);
  const controls = page.getByRole('group', { name: 'Discuss an exercise' });
  console.log(await controls.ariaSnapshot());
  await expect(page.getByText('The results are hidden')).toBeVisible();
  await expect(page.locator('mark')).toHaveCount(0);
  await controls.getByRole('button', { name: 'Lock' }).click();
  await expect(controls.getByRole('status')).toHaveText(
    'Locked: students can look but no longer Check.',
  );
  await expect(controls.getByRole('button', { name: 'Unlock' })).toBeVisible();
  await controls.getByRole('button', { name: 'Reveal the results' }).click();
  await page.waitForURL(/reveal=1/);
  const projected = page.locator('.projector');
  await expect(projected.locator('mark', { hasText: firstWord }).first()).toBeVisible();
  await expect(projected.getByRole('columnheader', { name: 'In the key' })).toBeHidden();
  await projected.getByLabel('Show the key').check();
  await expect(projected.getByText('Underlined: a word of the key')).toBeVisible();
  const html = await page.content();
  for (const name of NAMES) expect(html).not.toContain(name.split(' ')[0]);
  await expectAccessible(page);
  await screenshots(page, 'projector');
});
