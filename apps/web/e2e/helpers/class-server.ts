/**
 * Class mode in the browser tests: the app server (playwright.config.ts) keeps its class data in
 * a fresh folder per run, and a teacher is added the way a school adds one, with the CLI, which
 * reaches the running server through that folder.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

const root = join(__dirname, '..', '..', '..', '..');
const webDir = join(root, 'apps', 'web');
// Next's own entry, run by node itself: a signal then reaches the server, not an npx in front of it.
const nextBin = join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

/** The app server's class data folder for this run. */
export function classDataDir(): string {
  const dir = process.env.E2E_CLASS_DATA_DIR;
  if (!dir)
    throw new Error('E2E_CLASS_DATA_DIR is not set: run the tests with playwright.config.ts.');
  return dir;
}

/** Runs `npm run class -- ARGS` against the app server's folder; its exit code and lines. */
export function classCli(
  args: readonly string[],
  env: Record<string, string> = {},
): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync('npm', ['run', 'class', '--', ...args], {
    cwd: root,
    env: { ...process.env, SAYSWHO_DATA_DIR: classDataDir(), ...env },
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

let added = 0;

/**
 * Adds a teacher (a name unique to this run unless given) and returns the sign-in link's path
 * and query, to open on the test's own origin (without PUBLIC_URL the CLI prints it for
 * http://localhost:PORT). `server`: the settings of a server the test started itself (its
 * `SAYSWHO_DATA_DIR`, or its `DATABASE_URL`, which the CLI then opens itself).
 */
export function addTeacher(
  name = `Teacher ${process.pid}-${(added += 1)}`,
  server: Record<string, string> = { SAYSWHO_DATA_DIR: classDataDir() },
): { name: string; signInPath: string } {
  const run = classCli(['add-teacher', name], server);
  const url = /https?:\/\/\S+/.exec(run.stdout)?.[0];
  if (run.status !== 0 || !url)
    throw new Error(
      `npm run class -- add-teacher failed (${run.status}): ${run.stderr || run.stdout}`,
    );
  const link = new URL(url);
  return { name, signInPath: `${link.pathname}${link.search}` };
}

/** A `next start` the test started itself: its output so far, and its end. */
export interface OwnServer {
  readonly output: { stdout: string; stderr: string };
  readonly exited: Promise<number | null>;
  /**
   * Stops it and gives its exit code once it is gone: SIGKILL for a crash; SIGTERM otherwise
   * (Next then exits with 143), and SIGKILL if it has not stopped a few seconds later (then null).
   */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<number | null>;
}

const STOP_GRACE_MS = 5_000;

/**
 * Runs `next start` on `port` with the suite's environment and `env` over it (its own class data
 * folder or DATABASE_URL). The server leads its own process group and `stop` signals the whole
 * group, so a server killed mid-test leaves nothing of it behind.
 */
export function startServer(port: number, env: Record<string, string>): OwnServer {
  const child = spawn(process.execPath, [nextBin, 'start', '--port', String(port)], {
    cwd: webDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const output = { stdout: '', stderr: '' };
  child.stdout!.on('data', (chunk) => (output.stdout += chunk));
  child.stderr!.on('data', (chunk) => (output.stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // The group is gone already.
    }
  };
  return {
    output,
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      signalGroup(signal);
      const late = setTimeout(() => signalGroup('SIGKILL'), STOP_GRACE_MS);
      const code = await exited;
      clearTimeout(late);
      return code;
    },
  };
}

/**
 * Waits until class mode on `origin` is up: the app's instrumentation starts it on boot, and a
 * student route answers 401 (no device) once it is, 503 while it starts, nothing before Next listens.
 */
export async function untilClassModeIsUp(origin: string, timeout: number): Promise<void> {
  await expect
    .poll(async () => (await fetch(`${origin}/api/class/me`).catch(() => null))?.status ?? 0, {
      timeout,
      intervals: [250],
    })
    .toBe(401);
}

/**
 * Signs a new teacher in on `page` and makes them a class of `lessons` ending in a week, as the
 * teacher's own browser would (same origin); its id and join code.
 */
export async function makeClass(page: Page, baseURL: string, lessons: readonly string[]) {
  const { signInPath } = addTeacher();
  await page.goto(signInPath);
  await expect(page).toHaveURL(/\/teacher$/);
  const endsOn = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const created = await page.request.post('/api/class/teacher/classes', {
    data: { name: 'Period 3', lessons, endsOn },
    headers: { Origin: baseURL },
  });
  expect(created.status(), await created.text()).toBe(201);
  return (await created.json()) as { id: string; joinCode: string };
}
