/**
 * The printable class report, checked as paper: three students' Checks (sent as their devices
 * send them, so the counts are known), the report printed to PDF by Chromium, and its text read
 * back with pdftotext (Debian's poppler-utils): every exercise's title, how many students marked
 * each word and chose each answer, the item most missed. Only the class's teacher may open it.
 * E2E_SCREENSHOTS=<folder> keeps the page at 1280 and 390 px and the PDF's pages as pictures.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { classResultsText as T } from '../lib/ui-text/class-results';
import { expect, test } from './fixtures';
import { addTeacher, makeClass } from './helpers/class-server';
import { lookAt } from './helpers/look-at';

const LESSON = 'who-says-so';
const NAMES = ['Zofia Quillfeather', 'Bartholomew Vance', 'Cyrus Ambergast'];

function pdfToText(file: string): string {
  const found = spawnSync('pdftotext', ['-v']);
  if (found.error)
    throw new Error(
      'pdftotext is missing, so the printed class report cannot be read back: install Debian’s poppler-utils (apt-get install poppler-utils).',
    );
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

interface Key {
  id: string;
  type: string;
  key: {
    gold?: { span: { start: number; end: number }; label: string; paragraph: number | null }[];
    options?: { id: string; correct: boolean }[];
    multiple?: boolean;
  };
}

/** The lesson's fingerprint and every exercise's key, in the lesson's order. */
async function lessonKeys(request: APIRequestContext) {
  const html = await (await request.get(`/lessons/${LESSON}`)).text();
  const fingerprint = /data-fingerprint="([^"]+)"/.exec(html)![1]!;
  const urls = [...new Set(html.match(/\/keys\/[a-z0-9-]+\/[a-z0-9-]+\.json/g))];
  const keys = await Promise.all(
    urls.map(async (url) => (await (await request.get(url)).json()) as Key),
  );
  return { fingerprint, keys };
}

test('the class report prints every exercise with the class’s counts and no names, for its teacher only', async ({
  page,
  request,
  playwright,
  baseURL,
}, testInfo) => {
  // 38–72 s at load 14–18 on the shared 2-core machine (72 s beside another browser test),
  // screenshots included.
  test.setTimeout(240_000);
  const origin = new URL(baseURL!).origin;
  const klass = await makeClass(page, baseURL!, [LESSON]);
  const { fingerprint, keys } = await lessonKeys(request);
  const spot = keys.find((k) => k.type === 'spot')!;
  const [first, second] = spot.key.gold!;
  const choice = keys.find((k) => k.type === 'choice' && !k.key.multiple)!;
  const right = choice.key.options!.find((o) => o.correct)!;
  const wrong = choice.key.options!.find((o) => !o.correct)!;

  /** A student joins and Checks the Spot and the Choice, as their device would send them. */
  const tokens: string[] = [];
  const student = async (name: string, marked: typeof spot.key.gold, chosen: string) => {
    const joined = await request.post('/api/class/join', {
      data: { code: klass.joinCode, name },
      headers: { origin },
    });
    const { deviceToken } = (await joined.json()) as { deviceToken: string };
    tokens.push(deviceToken);
    const check = (exerciseId: string, answer: unknown) => ({
      v: 1,
      id: crypto.randomUUID(),
      kind: 'check',
      lesson: { slug: LESSON, fingerprint },
      exerciseId,
      at: new Date().toISOString(),
      answer,
    });
    const sent = await request.post('/api/class/events', {
      headers: { origin, authorization: `Bearer ${deviceToken}` },
      data: {
        events: [
          check(spot.id, { type: 'spot', spans: marked!.map((g) => g.span) }),
          check(choice.id, { type: 'choice', chosen: [chosen] }),
        ],
      },
    });
    expect(sent.status(), await sent.text()).toBe(200);
  };
  await student(NAMES[0]!, [first!], right.id);
  await student(NAMES[1]!, [first!, second!], wrong.id);
  await student(NAMES[2]!, [first!, second!], right.id);

  // From the class page, the report; on screen it is a teacher page like the others.
  await page.goto(`/teacher/classes/${klass.id}`);
  await page.getByRole('link', { name: 'Printable class report' }).click();
  await page.waitForURL(/\/report$/);
  const reportPath = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(T.report.title('Period 3'));
  const html = await page.content();
  for (const name of NAMES) expect(html).not.toContain(name.split(' ')[0]);
  // Each bar as long as its share of the answers, drawn under the kit's own CSP.
  const bars = await page
    .locator(`#results-${LESSON}-${choice.id} .distribution__bar`)
    .evaluateAll((spans) =>
      spans.map((s) => s.querySelector('rect')!.getBoundingClientRect().width / s.clientWidth),
    );
  const chosen = choice.key.options!.map((o) =>
    o.id === right.id ? 2 : o.id === wrong.id ? 1 : 0,
  );
  expect(bars.map((share) => Math.round(share * 3))).toEqual(chosen);
  await lookAt(page, 'report');

  // On paper, A4 and US Letter alike (the page's size is the printer's): every exercise under
  // its title, in order, with the counts the students made.
  for (const format of ['A4', 'Letter'] as const) {
    const started = Date.now();
    const file = testInfo.outputPath(`class-report-${format}.pdf`);
    writeFileSync(file, await page.pdf({ format, printBackground: true }));
    const text = pdfToText(file)
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .join('\n');
    // Each title on a line of its own (a heading), in the lesson's order.
    const titles = keys.map((k, n) => T.exerciseTitle(n + 1, T.types[k.type]!));
    const at = titles.map((title) => text.indexOf(`\n${title}\n`));
    expect(
      at.every((i) => i >= 0),
      `every exercise title on ${format} in:\n${text}`,
    ).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(text).toContain('3 students in the class');
    expect(text).not.toMatch(/Print the report|Show the key|Sign out/);
    const spotPart = text.slice(at[keys.indexOf(spot)], at[keys.indexOf(spot) + 1]);
    expect(spotPart).toContain(T.statuses({ checked: 3, working: 0, shown: 0, notStarted: 0 }));
    expect(spotPart).toContain(`${first!.label} ${first!.paragraph} 3 ${T.heatmap.yes}`);
    expect(spotPart).toContain(`${second!.label} ${second!.paragraph} 2 ${T.heatmap.yes}`);
    expect(spotPart).toContain(`${second!.label}” — ${T.missed.missedBy(1, 3)}`);
    const choicePart = text.slice(at[keys.indexOf(choice)], at[keys.indexOf(choice) + 1]);
    expect(choicePart).toContain(T.answered(3));
    expect(choicePart).toContain(`${T.distribution.chosenBy(2)} ✓ ${T.distribution.right}`);
    expect(choicePart).toContain(T.distribution.chosenBy(1));
    for (const name of NAMES) expect(text).not.toContain(name.split(' ')[0]);
    console.log(`printed and read back on ${format} in ${Date.now() - started} ms`);

    const folder = process.env.E2E_SCREENSHOTS;
    if (folder)
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        file,
        path.join(folder, `class-report-pdf-${format}`),
      ]);
  }

  // Nobody else: signed out or a student's device goes to the sign-in page, another teacher
  // finds nothing there.
  const signedOut = await request.get(reportPath, { maxRedirects: 0 });
  expect(signedOut.status()).toBe(307);
  expect(signedOut.headers().location).toMatch(/\/teacher$/);
  const device = await request.get(reportPath, {
    maxRedirects: 0,
    headers: { authorization: `Bearer ${tokens[0]}` },
  });
  expect(device.status()).toBe(307);
  const other = await playwright.request.newContext({ baseURL });
  await other.get((await addTeacher()).signInPath);
  expect((await other.storageState()).cookies.map((c) => c.name)).toContain('sayswho_teacher');
  const otherTeacher = await other.get(reportPath);
  expect(otherTeacher.status()).toBe(404);
  expect(await otherTeacher.text()).not.toContain('Period 3');
  await other.dispose();
});
