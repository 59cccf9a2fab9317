/**
 * A teacher's mistake never gives a blank page: `npm run build` stops with the same located
 * message as `npm run check` before it compiles anything, and `next dev` shows it in the page in
 * place of the broken part, then updates by itself once the file is fixed. Both run on a planted
 * lesson (SAYSWHO_LESSONS_DIR) with their own build folder (NEXT_DIST_DIR), so lessons/ and the
 * real build are never touched. next dev is slow the first time (a full compile); cached after.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { timedTest as test } from './fixtures';
import { freePort } from '../../../scripts/lib/free-port';

const webDir = join(__dirname, '..');
const fixtures = join(webDir, '..', '..', 'packages', 'lessons', 'src', 'fixtures');
const MESSAGE =
  'lessons/planted.mdx:17:22 error: <Spot article="ap-landmines-latims"> — no such article — did you mean "ap-landmines-latimes"?';

// One at a time: each compiles the app, and two at once would take longer than one after the other.
test.describe.configure({ mode: 'serial' });

let lessonsDir: string;
// Next rewrites next-env.d.ts to point at the types in its build folder; put the app's own back.
// A clone whose build Turborepo replayed from its cache has none yet (Next writes it, git ignores it).
const nextEnv = join(webDir, 'next-env.d.ts');
let nextEnvBefore: string | null;
test.beforeEach(() => {
  nextEnvBefore = existsSync(nextEnv) ? readFileSync(nextEnv, 'utf8') : null;
  lessonsDir = join(mkdtempSync(join(tmpdir(), 'sayswho-planted-')), 'lessons');
  mkdirSync(lessonsDir);
  copyFileSync(join(fixtures, 'unknown-article', 'lesson.mdx'), join(lessonsDir, 'planted.mdx'));
});
test.afterEach(() => {
  rmSync(join(lessonsDir, '..'), { recursive: true, force: true });
  if (nextEnvBefore === null) rmSync(nextEnv, { force: true });
  else writeFileSync(nextEnv, nextEnvBefore);
});

// Where git, tsc and eslint never look. next dev's is kept between runs (Turbopack's cache makes the
// next run fast); the build's is there so that a check that let the mistake through would still
// never overwrite the real build.
const BUILD_DIR = 'node_modules/.cache/next-planted-build';
const DEV_DIR = 'node_modules/.cache/next-planted-dev';

const env = (distDir: string) => ({
  ...process.env,
  SAYSWHO_LESSONS_DIR: lessonsDir,
  NEXT_DIST_DIR: distDir,
  NEXT_TELEMETRY_DISABLED: '1',
  // Its own class data: the live preview starts class mode, and another server (npm run dev, the
  // suite's app server) may hold the default folder.
  SAYSWHO_DATA_DIR: join(webDir, 'node_modules/.cache/class-planted'),
});

test('npm run build stops at once with the same located message as npm run check, last', () => {
  test.setTimeout(60_000);
  // What a teacher types. `next build` run alone stops too, later (lib/lessons/lesson-kit.test.ts).
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: join(webDir, '..', '..'),
    env: env(BUILD_DIR),
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
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
  const port = await freePort();
  let server: ChildProcess | undefined;
  try {
    // `PORT=… npm run dev`, the documented form for another port (README).
    server = spawn('npm', ['run', 'dev'], {
      cwd: join(webDir, '..', '..'),
      env: { ...env(DEV_DIR), PORT: String(port) },
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
    const base = `http://localhost:${port}`;
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
  } finally {
    if (server?.pid && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      try {
        process.kill(-server.pid); // the whole group: npx, next and its workers
      } catch {
        server.kill();
      }
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
  }
});
