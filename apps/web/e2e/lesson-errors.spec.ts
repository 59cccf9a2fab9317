/**
 * A teacher's mistake never gives a blank page: `npm run build` stops with the same located
 * message as `npm run check` before it compiles anything, and `next dev` shows it in the page in
 * place of the broken part, then updates by itself once the file is fixed. A teacher also writes
 * a new article and a lesson on it in `next dev`. All run on planted lessons
 * (SAYSWHO_LESSONS_DIR) and a copy of the corpus (SAYSWHO_CORPUS_DIR) with their own build
 * folders (NEXT_DIST_DIR), so lessons/, the corpus and the real build are never touched.
 * next dev is slow the first time (a full compile, most of this file's time): one `next dev`
 * serves every test here, started before the first test so that it starts while the build test
 * runs, and asked for every route the tests visit ahead of them (WARM_UP).
 */
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from '@playwright/test';
import { parse } from 'yaml';
import type { Locator, Page } from '@playwright/test';
import { timedTest as test } from './fixtures';
import { freePort } from '../../../scripts/lib/free-port';
import { UI } from '../lib/ui-text';
import { pressTimes } from './helpers/keyboard';
import { lookAt } from './helpers/look-at';

const webDir = join(__dirname, '..');
const execFileAsync = promisify(execFile);
const fixtures = join(webDir, '..', '..', 'packages', 'lessons', 'src', 'fixtures');
const plantedLesson = join(fixtures, 'unknown-article', 'lesson.mdx');
const MESSAGE =
  'lessons/planted.mdx:17:22 error: <Spot article="ap-landmines-latims"> — no such article — did you mean "ap-landmines-latimes"?';

// One at a time, in one worker: they share the live preview, and each compiles.
test.describe.configure({ mode: 'serial' });

// Where git, tsc and eslint never look. next dev's is kept between runs (Turbopack's cache makes the
// next run fast); the build's is there so that a check that let the mistake through would still
// never overwrite the real build.
const BUILD_DIR = 'node_modules/.cache/next-planted-build';
const DEV_DIR = 'node_modules/.cache/next-planted-dev';

/** The folders a test writes: lessons and a copy of the corpus, in one temporary folder. */
function sandbox(): { lessonsDir: string; corpus: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sayswho-authoring-'));
  const lessonsDir = join(dir, 'lessons');
  mkdirSync(lessonsDir);
  const corpus = join(dir, 'corpus');
  cpSync(join(webDir, '..', '..', 'packages', 'core', 'corpus'), corpus, { recursive: true });
  return { lessonsDir, corpus };
}

const env = ({ lessonsDir, corpus }: ReturnType<typeof sandbox>, distDir: string) => ({
  ...process.env,
  SAYSWHO_LESSONS_DIR: lessonsDir,
  SAYSWHO_CORPUS_DIR: corpus,
  NEXT_DIST_DIR: distDir,
  NEXT_TELEMETRY_DISABLED: '1',
  // Its own class data: the live preview starts class mode, and another server (npm run dev, the
  // suite's app server) may hold the default folder.
  SAYSWHO_DATA_DIR: join(webDir, 'node_modules/.cache/class-planted'),
});

// Next rewrites next-env.d.ts to point at the types in its build folder; put the app's own back.
// A clone whose build Turborepo replayed from its cache has none yet (Next writes it, git ignores it).
const nextEnv = join(webDir, 'next-env.d.ts');
let nextEnvBefore: string | null;
let preview: LivePreview;
test.beforeAll(() => {
  nextEnvBefore = existsSync(nextEnv) ? readFileSync(nextEnv, 'utf8') : null;
  // Not awaited: next dev starts while the build test runs; the tests that need it wait for it.
  preview = startLivePreview(sandbox());
});
test.afterAll(async () => {
  await preview?.stop();
  if (preview) rmSync(join(preview.sandbox.lessonsDir, '..'), { recursive: true, force: true });
  if (nextEnvBefore === null) rmSync(nextEnv, { force: true });
  else writeFileSync(nextEnv, nextEnvBefore);
});
// Each test starts from no lessons: what one wrote is not another's (npm run check reads them all).
test.beforeEach(() => {
  const { lessonsDir } = preview.sandbox;
  for (const file of readdirSync(lessonsDir)) rmSync(join(lessonsDir, file));
});

test('npm run build stops at once with the same located message as npm run check, last', () => {
  test.setTimeout(60_000);
  const planted = sandbox();
  copyFileSync(plantedLesson, join(planted.lessonsDir, 'planted.mdx'));
  // What a teacher types. `next build` run alone stops too, later (lib/lessons/lesson-kit.test.ts).
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: join(webDir, '..', '..'),
    env: env(planted, BUILD_DIR),
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  rmSync(join(planted.lessonsDir, '..'), { recursive: true, force: true });
  const output = `${build.stdout}\n${build.stderr}`;
  expect(build.status, output).not.toBe(0);
  const lastLines = output.trimEnd().split('\n').slice(-12).join('\n');
  expect(lastLines, 'the end of the build output').toContain(MESSAGE);
  expect(output, 'no compile before the check passes').not.toContain(
    'Creating an optimized production build',
  );
});

test('next dev shows the message in place of the broken exercise, and the fix and a new lesson appear without a restart', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const base = await preview.ready;
  const { lessonsDir } = preview.sandbox;
  copyFileSync(plantedLesson, join(lessonsDir, 'planted.mdx'));
  await page.goto(`${base}/lessons/planted`, { timeout: 150_000 });
  const error = page.getByRole('alert', { name: 'This part of the lesson has a problem' });
  await expect(error).toContainText('lessons/planted.mdx:17:22');
  await expect(error).toContainText('<Spot article="ap-landmines-latims"> — no such article');
  await expect(error).toContainText('did you mean "ap-landmines-latimes"?');
  // Only the broken part is replaced: the rest of the lesson is there.
  await expect(page.getByRole('heading', { level: 1, name: 'Planted mistake' })).toBeVisible();
  await expect(page.locator('[data-exercise="choice"]')).toBeVisible();

  const file = join(lessonsDir, 'planted.mdx');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace('ap-landmines-latims', 'ap-landmines-latimes'),
  );
  // The fix recompiles the page first: on a busy machine that takes a while.
  await expect(error).toHaveCount(0, { timeout: 120_000 });
  await expect(page.locator('[data-exercise="spot"]')).toBeVisible();

  writeFileSync(
    join(lessonsDir, 'brand-new.mdx'),
    readFileSync(file, 'utf8')
      .replace('title: Planted mistake', 'title: Brand new')
      .replace('order: 1', 'order: 2'),
  );
  await page.goto(`${base}/lessons/brand-new`);
  await expect(page.getByRole('heading', { level: 1, name: 'Brand new' })).toBeVisible();
});

const BRIDGE = [
  'Bridge reopens after repairs',
  'By Dana Whitfield',
  'The Elm Street bridge will reopen on Monday, Mayor Jane Ortiz said.',
  'Critics slammed the delay, which they said cost shops thousands of dollars.',
].join('\n');
// The same story in another outlet, with one word changed and the meaning with it.
const HERALD = BRIDGE.replace('will reopen', 'may reopen');

/** A lesson on the new story, as a teacher would write it once the article is annotated. */
const BRIDGE_LESSON = `---
title: The bridge story
summary: Who says the bridge reopens, and when.
skills: [attribution]
level: Grades 8–12
minutes: 10
order: 1
articles: [bridge-springfield-gazette, bridge-riverside-herald]
---

<Spot id="bridge-cue" article="bridge-springfield-gazette" layer="attribution" role="cue">
Select the word that tells you someone is speaking.
</Spot>

<Compare id="bridge-change" story="bridge" mode="kind" differences={["will-may"]}>
What kind of change is this?
</Compare>
`;

test('a teacher adds and annotates an article and explains a difference from its other version by keyboard alone in next dev; the checks pass and a lesson on it scores a right answer 100%', async ({
  page,
}) => {
  // next dev compiles five pages for it: 3.5 min at load 14 on two cores with its cache warm.
  test.setTimeout(600_000);
  // The sandbox's copy of the corpus: the repository's own is never written. The lesson written
  // below is the sandbox's only one.
  const { lessonsDir, corpus } = preview.sandbox;
  const base = await preview.ready;
  const started = Date.now();
  const pageEvents: string[] = [];
  try {
    // What the page said and where it went: told with the picker's state should its keys stall.
    page.on('console', (m) => m.type() !== 'log' && pageEvents.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (error) => pageEvents.push(`page error: ${error.message}`));
    page.on('framenavigated', (f) => f === page.mainFrame() && pageEvents.push(`to ${f.url()}`));
    await page.goto(`${base}/author`, { timeout: 150_000 });
    const type = async (label: string | RegExp, text: string) => {
      await page.getByLabel(label).focus();
      await page.keyboard.insertText(text);
    };
    // A form's Save is enabled once the page's script runs (components/use-hydrated.ts): `next
    // dev` compiles a page on first visit, and keys typed before then are not the form's.
    const ready = (save: Locator) => expect(save).toBeEnabled({ timeout: 60_000 });
    const press = async (name: string | RegExp, key = 'Enter') => {
      const button = page.getByRole('button', { name });
      await ready(button);
      await button.focus();
      await page.keyboard.press(key);
    };
    /** Fills the New article form with one outlet's version of the bridge story, and saves it. */
    const addArticle = async (text: string, outlet: string) => {
      await ready(page.getByRole('button', { name: 'Save the article' }));
      await type('The article’s text', text);
      await expect(page.getByRole('listitem').filter({ hasText: 'Critics slammed' })).toBeVisible();
      await type(/^Outlet/, outlet);
      await type(/^Story id/, 'bridge');
      await type(/^Byline/, 'Dana Whitfield');
      for (const none of [/Dateline/, /Wire/, /Address of the page/]) {
        await page.getByRole('checkbox', { name: new RegExp(`None \\(${none.source}`) }).focus();
        await page.keyboard.press('Space');
      }
      await press('Save the article');
    };
    const follow = async (link: Locator) => {
      await link.focus({ timeout: 60_000 });
      await page.keyboard.press('Enter');
    };
    await lookAt(page, 'author-new-article');
    await addArticle(BRIDGE, 'Springfield Gazette');
    await follow(page.getByRole('link', { name: 'Annotate it: bridge-springfield-gazette' }));

    const picker = page.getByRole('listbox', { name: 'Article text: mark the words' });
    await expect(picker).toBeVisible({ timeout: 120_000 });
    const mark = (phrase: string) => markByKeyboard(page, picker, phrase);
    const choose = async (label: string, letter: string) => {
      await page.getByLabel(label).focus();
      await page.keyboard.press(letter);
    };
    const saved = async () => {
      await press('Save the annotation');
      await expect(page.getByRole('status').filter({ hasText: /^Saved / })).toBeVisible({
        timeout: 30_000,
      });
    };

    await pickerAnswers(page, picker);
    await mark('Mayor Jane Ortiz');
    await press('Use the marked words as the source');
    await mark('said');
    await press('Use the marked words as the cue');
    await mark('The Elm Street bridge will reopen on Monday');
    await press('Use the marked words as the content');
    await type('Explanation for students', 'The mayor is named, so readers know who says so.');
    await saved();

    await choose('What it is', 'U');
    await mark('cost shops thousands of dollars');
    await press('Use the marked words as the quote');
    await page.getByRole('checkbox', { name: 'One side’s word' }).focus();
    await page.keyboard.press('Space');
    await type('Whose word it rests on', 'the critics');
    await type('Explanation for students', 'Only the critics say so; no figure is checked.');
    await saved();

    await choose('What it is', 'L');
    await mark('slammed');
    await press('Use the marked words as the quote');
    await type('Neutral alternatives, separated by commas', 'criticized, questioned');
    await type('Explanation for students', '“Slammed” sounds violent; “criticized” says the same.');
    await saved();
    // Saved, the page re-renders from the files it changed: the new annotation is listed.
    await expect(page.getByRole('button', { name: /^Delete gazette-slammed/ })).toBeVisible({
      timeout: 30_000,
    });
    await lookAt(page, 'author-annotate');
    const annotated = Date.now();

    // The other outlet's version makes the story a comparison, with its differences.yaml.
    await page.goto(`${base}/author`);
    await addArticle(HERALD, 'Riverside Herald');
    await expect(page.getByRole('status').filter({ hasText: /^Saved: / })).toContainText(
      'bridge/differences.yaml',
      { timeout: 30_000 },
    );
    await follow(page.getByRole('link', { name: 'Annotate it: bridge-riverside-herald' }));
    await follow(page.getByRole('link', { name: 'Compare it with the story’s other version' }));
    const change = page.getByRole('form').filter({ hasText: '“will”' });
    await expect(change).toContainText('“may”', { timeout: 120_000 });
    await expect(change).toContainText('Found by the kit, not written yet.');
    await lookAt(page, 'author-compare');
    const saveDifference = change.getByRole('button', { name: /^Save difference/ });
    await ready(saveDifference);
    await change.getByLabel('What kind of change').focus();
    await page.keyboard.press('M'); // Meaning changed
    await change.getByLabel('Explanation for students').focus();
    await page.keyboard.insertText('One says the bridge will reopen; the other only that it may.');
    await saveDifference.focus();
    await page.keyboard.press('Enter');
    await expect(change.getByRole('status')).toHaveText(
      'Saved will-may. differences.yaml was checked and changed in place.',
      { timeout: 30_000 },
    );
    await expect(change).toContainText('Written in differences.yaml as will-may.', {
      timeout: 30_000,
    });
    await lookAt(page, 'author-compare-saved');
    const compared = Date.now();

    // A lesson on what was just written, answered right by keyboard: 100%.
    writeFileSync(join(lessonsDir, 'bridge.mdx'), BRIDGE_LESSON);
    await page.goto(`${base}/lessons/bridge`, { timeout: 150_000 });
    const spot = page.locator('[data-exercise="spot"]');
    const spotPicker = spot.getByRole('listbox');
    await pickerAnswers(page, spotPicker);
    await markByKeyboard(page, spotPicker, 'said');
    await spot.getByRole('button', { name: UI.exercise.check }).focus();
    await page.keyboard.press('Enter');
    const kind = page.locator('[data-exercise="compare"]');
    await kind.getByRole('radio', { name: 'Meaning changed' }).focus();
    await page.keyboard.press('Space');
    await kind.getByRole('button', { name: UI.exercise.check }).focus();
    await page.keyboard.press('Enter');
    const summary = page.getByRole('region', { name: UI.progress.summaryHeading });
    await expect(summary.locator('tbody tr td:first-of-type')).toHaveText(
      [UI.progress.scoreCell(100), UI.progress.scoreCell(100)],
      { timeout: 30_000 },
    );
    const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
    console.log(
      `authoring: article added and annotated in ${seconds(started, annotated)}, ` +
        `a difference explained in ${seconds(annotated, compared)}, ` +
        `the lesson answered in ${seconds(compared, Date.now())}`,
    );

    // npm run check, on the kit's lessons and on the new one: side by side, as neither writes.
    const checks = await Promise.all(
      [join(webDir, '..', '..', 'lessons'), lessonsDir].map((lessons) =>
        execFileAsync(
          'npx',
          ['tsx', 'src/cli/check-cli.ts', '--corpus', corpus, '--lessons', lessons],
          {
            cwd: join(webDir, '..', '..', 'packages', 'lessons'),
          },
        ).then(
          () => 'passed',
          (failed: { stdout: string; stderr: string }) => failed.stdout + failed.stderr,
        ),
      ),
    );
    expect(checks, 'npm run check on the kit’s lessons and on the new one').toEqual([
      'passed',
      'passed',
    ]);
    const file = parse(
      readFileSync(join(corpus, 'bridge', 'bridge-springfield-gazette.yaml'), 'utf8'),
    );
    expect(file.annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'attribution',
          paragraph: 2,
          source: 'Mayor Jane Ortiz',
          cue: 'said',
          content: 'The Elm Street bridge will reopen on Monday',
          sourceType: 'named-official',
        }),
        expect.objectContaining({
          kind: 'unverified-claim',
          quote: 'cost shops thousands of dollars',
          status: 'one-side',
          restsOn: 'the critics',
        }),
        expect.objectContaining({
          id: 'gazette-slammed',
          kind: 'loaded-wording',
          quote: 'slammed',
          alternatives: ['criticized', 'questioned'],
        }),
      ]),
    );
    expect(parse(readFileSync(join(corpus, 'bridge', 'differences.yaml'), 'utf8'))).toMatchObject({
      differences: [
        {
          id: 'will-may',
          kind: 'meaning-changed',
          from: { quote: 'will', paragraph: 2 },
          to: { quote: 'may', paragraph: 2 },
        },
      ],
    });
  } catch (error) {
    // Runs in CI have lost keys in next dev that no busy local machine did: what the page said
    // and where it went, for the next one.
    if (error instanceof Error) error.message += `\npage events:\n${pageEvents.join('\n')}`;
    throw error;
  }
});

/** Keys pressed before the page is hydrated go nowhere: waits until the picker answers one. */
async function pickerAnswers(page: Page, picker: Locator) {
  await expect(picker).toBeVisible({ timeout: 120_000 });
  // The server renders the first word as the active one, so only a change says a key was heard.
  const before = await picker.getAttribute('aria-activedescendant');
  await expect(async () => {
    await picker.focus();
    await page.keyboard.press('ArrowRight');
    await expect(picker).not.toHaveAttribute('aria-activedescendant', before ?? '', {
      timeout: 1_000,
    });
  }).toPass({ timeout: 60_000 });
}

/** Moves through the text with the arrow keys to the phrase, and marks it with Space and Shift+→. */
async function markByKeyboard(page: Page, picker: Locator, phrase: string) {
  const words = picker.locator('[data-w]');
  const texts = await words.allTextContents();
  const wanted = phrase.split(' ');
  const first = texts.findIndex((_, i) => wanted.every((w, j) => texts[i + j] === w));
  expect(first, `“${phrase}” in the picker`).toBeGreaterThanOrEqual(0);
  await picker.focus();
  const position = () =>
    picker.evaluate((box) =>
      [...box.querySelectorAll('[data-w]')].findIndex(
        (word) => word.id === box.getAttribute('aria-activedescendant'),
      ),
    );
  // Walks from wherever the picker says it is, the whole way each time: a page that starts over
  // (next dev reloading it, say) is walked again at once, not one key per poll. Each key goes to
  // the picker, focused again should anything have taken focus. (CI runs once ended a word or
  // three short of the phrase after a 15 s walk of one key per poll.)
  try {
    await expect
      .poll(
        async () => {
          const now = await position();
          if (now >= 0 && now !== first) {
            if (!(await picker.evaluate((el) => el === document.activeElement)))
              await picker.focus();
            await pressTimes(page, first > now ? 'ArrowRight' : 'ArrowLeft', Math.abs(first - now));
          }
          return now;
        },
        { timeout: 15_000 },
      )
      .toBe(first);
  } catch (error) {
    const state = await picker.evaluate((box) => ({
      focused: document.activeElement?.outerHTML.slice(0, 120),
      words: box.querySelectorAll('[data-w]').length,
      dialogs: [...document.querySelectorAll('dialog[open], [role=dialog], nextjs-portal')].map(
        (d) => d.outerHTML.slice(0, 80),
      ),
    }));
    if (error instanceof Error) error.message += `\npicker: ${JSON.stringify(state)}`;
    throw error;
  }

  await page.keyboard.press('Space');
  for (let i = 1; i < wanted.length; i++) await page.keyboard.press('Shift+ArrowRight');
}

/**
 * The routes the tests below visit, in the order they first need them. next dev compiles a route
 * on its first request (a minute or more each on a busy two-core machine, most of this file's
 * time); asked for here, each compiles while the build test runs and while the browser types,
 * instead of while a test waits for it. Addresses that need no lesson (beforeEach empties the
 * sandbox): an unknown lesson's 404 compiles the lesson route all the same, a GET to a POST-only
 * route its handler, and the corpus's own story stands in for the one the teacher adds.
 */
const WARM_UP = [
  // The first test's page and the live preview's stream that brings it the fix.
  ['/lessons/not-written-yet', '/lessons/live-preview'],
  ['/author'],
  ['/author/article'],
  ['/author/ap-landmines-latimes'],
  ['/author/annotation'],
  ['/author/story/ap-landmines-2024'],
  ['/author/difference'],
  // The answer keys, fetched by the last test's Check.
  ['/keys/not-written-yet/none.json'],
];

/** Requests each group of WARM_UP in turn; only the compile is wanted, not the answer. */
async function warmUp(base: string) {
  for (const group of WARM_UP) {
    await Promise.all(
      group.map(async (route) => {
        const controller = new AbortController();
        // The headers come once the route is compiled; the live preview's stream never ends.
        await fetch(`${base}${route}`, { signal: controller.signal }).catch(() => {});
        controller.abort();
      }),
    );
  }
}

interface LivePreview {
  readonly sandbox: ReturnType<typeof sandbox>;
  /** The address a teacher opens, once next dev listens. */
  readonly ready: Promise<string>;
  stop(): Promise<void>;
}

/**
 * `PORT=… npm run dev` (the documented form for another port, README) on the sandbox's folders,
 * until `stop`.
 */
function startLivePreview(folders: ReturnType<typeof sandbox>): LivePreview {
  let server: ChildProcess | undefined;
  let stopped = false;
  const ready = (async () => {
    const port = await freePort();
    if (stopped) throw new Error('stopped before it started');
    server = spawn('npm', ['run', 'dev'], {
      cwd: join(webDir, '..', '..'),
      env: { ...env(folders, DEV_DIR), PORT: String(port) },
      shell: process.platform === 'win32',
      detached: process.platform !== 'win32',
    });
    let output = '';
    server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // Listening comes first; each page compiles on its first request, which on a busy two-core
    // machine can take a minute, so that wait is the page load's, not the start-up's.
    await expect
      .poll(() => /Ready in/.test(output) || server!.exitCode !== null, { timeout: 120_000 })
      .toBe(true);
    expect(server.exitCode, `npm run dev ended early:\n${output}`).toBeNull();
    // As a teacher opens it: next dev serves its live-reload requests to its own host name only.
    return `http://localhost:${port}`;
  })();
  // Not awaited either: the tests' own requests join a compile already under way.
  void ready.then(warmUp, () => {});
  // A test that awaits it sees a failed start; none may be left unhandled until then.
  ready.catch(() => {});
  return {
    sandbox: folders,
    ready,
    async stop() {
      stopped = true;
      if (!server?.pid || server.exitCode !== null) return;
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      try {
        process.kill(-server.pid); // the whole group: npx, next and its workers
      } catch {
        server.kill();
      }
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    },
  };
}
