/**
 * Class mode in the browser tests: the app server (playwright.config.ts) keeps its class data in
 * a fresh folder per run, and a teacher is added the way a school adds one, with the CLI, which
 * reaches the running server through that folder.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..', '..');

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
 * http://localhost:PORT). `dataDir`: the folder of a server the test started itself.
 */
export function addTeacher(
  name = `Teacher ${process.pid}-${(added += 1)}`,
  dataDir = classDataDir(),
): { name: string; signInPath: string } {
  const run = classCli(['add-teacher', name], { SAYSWHO_DATA_DIR: dataDir });
  const url = /https?:\/\/\S+/.exec(run.stdout)?.[0];
  if (run.status !== 0 || !url)
    throw new Error(
      `npm run class -- add-teacher failed (${run.status}): ${run.stderr || run.stdout}`,
    );
  const link = new URL(url);
  return { name, signInPath: `${link.pathname}${link.search}` };
}
