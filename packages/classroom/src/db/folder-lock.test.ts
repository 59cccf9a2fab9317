import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FolderInUseError, LOCK_FILE, lockDataFolder, lockHolder } from './folder-lock';

const folder = () => mkdtempSync(path.join(tmpdir(), 'sayswho-lock-'));

/** The pid of a process that has ended. */
function deadPid(): number {
  return Number(
    spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    }).stdout,
  );
}

test('a second opener of a held folder is refused with one line naming the holder and the fix', () => {
  const dir = folder();
  const release = lockDataFolder(dir, { port: 3000, purpose: 'server' }, 'data/class');
  let refusal: unknown;
  try {
    lockDataFolder(dir, { port: 3001, purpose: 'server' }, 'data/class');
  } catch (error) {
    refusal = error;
  }
  expect(refusal).toBeInstanceOf(FolderInUseError);
  expect((refusal as Error).message).toBe(
    `the class data in data/class is in use by the server running as pid ${process.pid} on port 3000: stop it first, or set SAYSWHO_DATA_DIR`,
  );
  expect(lockHolder(dir)).toMatchObject({ pid: process.pid, port: 3000, purpose: 'server' });
  release();
  expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  expect(lockHolder(dir)).toBeNull();
});

test('a lock left by a process that died is replaced', () => {
  const dir = folder();
  const pid = deadPid();
  writeFileSync(
    path.join(dir, LOCK_FILE),
    JSON.stringify({ pid, port: 3000, purpose: 'server', startedAt: '2025-01-01T00:00:00Z' }),
  );
  expect(lockHolder(dir)).toBeNull();
  const release = lockDataFolder(dir, { port: null, purpose: 'cli' });
  expect(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8'))).toMatchObject({
    pid: process.pid,
    purpose: 'cli',
  });
  release();
});

test('an unreadable lock (a crash while writing it) is replaced too, and no draft file is left behind', () => {
  const dir = folder();
  writeFileSync(path.join(dir, LOCK_FILE), '{"pid": 12');
  const release = lockDataFolder(dir, { port: null, purpose: 'cli' });
  release();
  expect(readdirSync(dir)).toEqual([]);
});

test('the CLI holding a folder is named as such', () => {
  const dir = folder();
  const release = lockDataFolder(dir, { port: null, purpose: 'cli' }, 'data/class');
  expect(() => lockDataFolder(dir, { port: 3000, purpose: 'server' }, 'data/class')).toThrow(
    `the class data in data/class is in use by npm run class (pid ${process.pid}): wait for it to finish, or set SAYSWHO_DATA_DIR`,
  );
  release();
});
