/**
 * One process per PGlite data folder. PGlite has no lock between processes, and a second process
 * on the same folder silently writes rows the first never sees, so whoever opens the folder takes
 * `server.lock` (pid, port, purpose, start time) and a second opener refuses with one line. A lock
 * whose process has died (a crash, a killed server) is stale and replaced.
 */
import { linkSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const LOCK_FILE = 'server.lock';

export interface LockHolder {
  readonly pid: number;
  /** The port the server listens on (null for the CLI or when unknown). */
  readonly port: number | null;
  readonly purpose: 'server' | 'cli';
  readonly startedAt: string;
}

export class FolderInUseError extends Error {
  override readonly name = 'FolderInUseError';
  constructor(
    message: string,
    readonly holder: LockHolder,
  ) {
    super(message);
  }
}

/** Takes the folder's lock or throws a FolderInUseError naming who holds it. Returns the release. */
export function lockDataFolder(
  dir: string,
  me: Pick<LockHolder, 'port' | 'purpose'>,
  shownAs: string = dir,
): () => void {
  const file = path.join(dir, LOCK_FILE);
  const mine: LockHolder = { pid: process.pid, ...me, startedAt: new Date().toISOString() };
  const content = JSON.stringify(mine);
  // Written whole under a private name, then linked into place: link fails if a lock exists, so a
  // reader never sees a half-written lock and two openers cannot both succeed.
  const draft = `${file}.${process.pid}.${Date.now()}`;
  writeFileSync(draft, content);
  const link = () => {
    try {
      linkSync(draft, file);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  };
  try {
    if (!link()) {
      const stale = readFileSafe(file);
      const holder = parseHolder(stale);
      if (holder && isAlive(holder.pid)) throw inUse(holder, shownAs);
      // Its process is gone (or the file is unreadable): replace it, unless another opener did.
      if (readFileSafe(file) === stale) rmSync(file, { force: true });
      if (!link()) throw inUse(parseHolder(readFileSafe(file)) ?? mine, shownAs);
    }
  } finally {
    rmSync(draft, { force: true });
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    if (readFileSafe(file) === content) unlinkSync(file);
  };
  process.on('exit', release);
  return release;
}

/** Who holds the folder's lock, when a live process does. */
export function lockHolder(dir: string): LockHolder | null {
  const holder = parseHolder(readFileSafe(path.join(dir, LOCK_FILE)));
  return holder && isAlive(holder.pid) ? holder : null;
}

function inUse(holder: LockHolder, shownAs: string): FolderInUseError {
  const who =
    holder.purpose === 'server'
      ? `the server running as pid ${holder.pid}${holder.port ? ` on port ${holder.port}` : ''}: stop it first, or set SAYSWHO_DATA_DIR`
      : `npm run class (pid ${holder.pid}): wait for it to finish, or set SAYSWHO_DATA_DIR`;
  return new FolderInUseError(`the class data in ${shownAs} is in use by ${who}`, holder);
}

function readFileSafe(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function parseHolder(raw: string | null): LockHolder | null {
  if (raw === null) return null;
  try {
    const holder = JSON.parse(raw) as LockHolder;
    return Number.isInteger(holder.pid) ? holder : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
