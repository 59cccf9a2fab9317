/**
 * Class mode in the browser tests: the app server (playwright.config.ts) keeps its class data in
 * a fresh folder per run, and a teacher is added the way a school adds one: by the CLI's request
 * to the server that holds that folder.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { readAdminSecret } from '../../../../packages/classroom/src/admin/admin-secret';
import { lockHolder } from '../../../../packages/classroom/src/db/folder-lock';
import type { AdminReply } from '../../../../packages/classroom/src/services/admin';

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
const nextName = () => `Teacher ${process.pid}-${(added += 1)}`;

/** The sign-in link's path and query in what the CLI printed (to open on the test's own origin). */
function signInPathIn(lines: string): string | null {
  const url = /https?:\/\/\S+/.exec(lines)?.[0];
  if (!url) return null;
  const link = new URL(url);
  return `${link.pathname}${link.search}`;
}

/**
 * Adds a teacher (a name unique to this run unless given) with `npm run class -- add-teacher`,
 * and returns the sign-in link's path and query (without PUBLIC_URL the CLI prints it for
 * http://localhost:PORT). `server`: the settings of a server the test started itself (its
 * `SAYSWHO_DATA_DIR`, or its `DATABASE_URL`, which the CLI then opens itself). For the CLI's own
 * tests, and where no running server holds the class data; otherwise `addTeacher` is quicker.
 */
export function addTeacherWithCli(
  name = nextName(),
  server: Record<string, string> = { SAYSWHO_DATA_DIR: classDataDir() },
): { name: string; signInPath: string } {
  const run = classCli(['add-teacher', name], server);
  const signInPath = signInPathIn(run.stdout);
  if (run.status !== 0 || !signInPath)
    throw new Error(
      `npm run class -- add-teacher failed (${run.status}): ${run.stderr || run.stdout}`,
    );
  return { name, signInPath };
}

/**
 * Adds a teacher on the server that holds the PGlite folder `dataDir` (the suite's unless given)
 * and returns the sign-in link's path and query. It sends the request `npm run class` sends to
 * such a server (run-class-cli.ts, viaServer), whose reply lines the CLI only prints, so it adds
 * the teacher as a school does; class-server.spec.ts runs the CLI itself. Starting npm and tsx
 * for each teacher took 3.9–4.9 CPU-s (22–33 s of the test at load 20; this request 0.7–0.9 s).
 */
export async function addTeacher(
  name = nextName(),
  dataDir = classDataDir(),
): Promise<{ name: string; signInPath: string }> {
  const holder = lockHolder(dataDir);
  const secret = readAdminSecret(dataDir);
  if (holder?.purpose !== 'server' || !holder.port || !secret)
    throw new Error(`No running server holds ${dataDir}: start it before adding a teacher.`);
  const response = await fetch(`http://127.0.0.1:${holder.port}/api/class/admin`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      command: 'add-teacher',
      args: [name],
      origin: `http://localhost:${holder.port}`,
    }),
  });
  const reply = (await response.json()) as Partial<AdminReply>;
  const signInPath = signInPathIn((reply.out ?? []).join('\n'));
  if (!response.ok || reply.exitCode !== 0 || !signInPath)
    throw new Error(
      `add-teacher on the server failed (HTTP ${response.status}): ${JSON.stringify(reply)}`,
    );
  return { name, signInPath };
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
  const { signInPath } = await addTeacher();
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
