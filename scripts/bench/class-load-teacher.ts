/**
 * The teacher side of a load run, as a school sets it up: a teacher added with the CLI
 * (`npm run class -- add-teacher`, which reaches a running PGlite server through its data folder,
 * or opens PostgreSQL itself), signed in through the link it prints, and their classes created
 * through the teacher's route.
 */
import { spawnSync } from 'node:child_process';
import { repoRoot } from './bench-paths';

/** Adds a teacher and signs them in on `origin`; the session cookie (`name=value`). */
export async function createTeacher(origin: string, env: Record<string, string>): Promise<string> {
  const run = spawnSync('npm', ['run', 'class', '--', 'add-teacher', 'Bench Teacher'], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  const link = /https?:\/\/\S+/.exec(run.stdout)?.[0];
  if (run.status !== 0 || !link)
    throw new Error(
      `npm run class -- add-teacher failed (${run.status}): ${run.stderr || run.stdout}`,
    );
  return signInWithLink(origin, link);
}

/** Opens a teacher's sign-in link on `origin` (the link may name another); the session cookie. */
export async function signInWithLink(origin: string, link: string): Promise<string> {
  const { pathname, search } = new URL(link);
  const response = await fetch(`${origin}${pathname}${search}`, { redirect: 'manual' });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('sayswho_teacher='));
  if (!cookie) throw new Error(`Signing in with ${pathname} set no session (${response.status}).`);
  return cookie.split(';')[0]!;
}

/** Creates a class of `lessonSlug` ending in a month; its join code. */
export async function createClass(
  origin: string,
  cookie: string,
  name: string,
  lessonSlug: string,
): Promise<string> {
  const endsOn = new Date(Date.now() + 30 * 86_400_000).toLocaleDateString('sv'); // YYYY-MM-DD, local
  const response = await fetch(`${origin}/api/class/teacher/classes`, {
    method: 'POST',
    headers: { Cookie: cookie, Origin: origin, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, lessons: [lessonSlug], endsOn }),
  });
  const body = (await response.json()) as { joinCode?: string; reason?: string };
  if (response.status !== 201 || !body.joinCode)
    throw new Error(`Creating class “${name}” failed (${response.status}): ${body.reason}`);
  return body.joinCode;
}
