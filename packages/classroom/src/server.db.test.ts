import { sql } from 'drizzle-orm';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ADMIN_SECRET_FILE } from './admin/admin-secret';
import { LOCK_FILE, lockDataFolder } from './db/folder-lock';
import { openPglite, openPostgres } from './db/open-database';
import { currentClassroom, startClassroom, stopClassroom } from './server';
import {
  createTestDatabase,
  catalogOf,
  engine,
  kitLessons,
  PGLITE_DUMPS,
} from './testing/test-classroom';
import { listTeachers } from './services/teachers';

const lessons = () => catalogOf(kitLessons());
afterEach(() => stopClassroom());

// PostgreSQL only for now: on PGlite, an unusable data folder hung the test run (to investigate).
const postgresOnly = engine === 'postgres' ? test : test.skip;

/** The settings of a server on an empty database of the project's engine. */
async function emptyDatabaseEnv(): Promise<{ env: NodeJS.ProcessEnv; dataDir: string }> {
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'sayswho-server-')), 'class');
  if (engine === 'postgres')
    return { env: { DATABASE_URL: await createTestDatabase('template0') }, dataDir };
  // A folder started from the run's empty dump, as initdb would leave it (initdb itself takes seconds).
  const dump = readFileSync(path.join(process.env.CLASSROOM_TEST_DIR!, PGLITE_DUMPS.empty));
  await (await openPglite({ dataDir, loadDataDir: new Blob([dump]) })).close();
  return { env: { SAYSWHO_DATA_DIR: dataDir }, dataDir };
}

test('starts on an empty database: migrates it, and the services are ready', async () => {
  const { env, dataDir } = await emptyDatabaseEnv();
  const logged: string[] = [];
  expect(currentClassroom()).toMatchObject({ ok: false, status: 503 });
  await startClassroom({ lessons: lessons(), port: 4321, env, log: (l) => logged.push(l) });
  const running = currentClassroom();
  if (!running.ok) throw new Error(running.reason);
  expect(await listTeachers(running.value)).toEqual({ ok: true, value: [] });
  expect(logged).toEqual([
    expect.stringMatching(/^Says Who class mode: (PGlite in .*class|PostgreSQL at )/),
  ]);
  if (engine === 'pglite') {
    // The CLI finds the running server through the folder: its lock names the port, and a secret
    // only the server's user can read lets it in.
    expect(JSON.parse(readFileSync(path.join(dataDir, LOCK_FILE), 'utf8'))).toMatchObject({
      port: 4321,
      purpose: 'server',
    });
    expect(statSync(path.join(dataDir, ADMIN_SECRET_FILE)).mode & 0o777).toBe(0o600);
  }
});

postgresOnly(
  'a database that cannot be reached does not stop the server: routes get 503 while it keeps trying',
  async () => {
    const logged: string[] = [];
    const env =
      engine === 'postgres'
        ? { DATABASE_URL: 'postgres://nobody@127.0.0.1:9/none' }
        : { SAYSWHO_DATA_DIR: '/proc/sayswho-cannot-be-here' };
    await startClassroom({
      lessons: lessons(),
      port: null,
      env,
      log: (l) => logged.push(l),
      retryMs: 60_000,
    });
    expect(currentClassroom()).toMatchObject({ ok: false, status: 503, code: 'unavailable' });
    expect(logged).toEqual([
      expect.stringMatching(
        /^Says Who class mode is unavailable \(.+\); students' work waits on their devices\. Trying again in 60 s\.$/,
      ),
    ]);
  },
);

postgresOnly(
  'a database that comes back later is opened by the retries, without a restart',
  async () => {
    const { env } = await emptyDatabaseEnv();
    // Not there yet: the database is renamed away.
    const blocked = await renameDatabase(env);
    const logged: string[] = [];
    await startClassroom({
      lessons: lessons(),
      port: null,
      env: blocked.env,
      log: (l) => logged.push(l),
      retryMs: 100,
    });
    expect(currentClassroom()).toMatchObject({ ok: false, status: 503 });
    await blocked.undo();
    for (let waited = 0; !currentClassroom().ok && waited < 15_000; waited += 100)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(currentClassroom()).toMatchObject({ ok: true });
    expect(logged.at(-1)).toMatch(/^Says Who class mode: (PGlite|PostgreSQL)/);
  },
);

/** The same settings, with their database renamed away; `undo` renames it back. */
async function renameDatabase(env: NodeJS.ProcessEnv) {
  const name = new URL(env.DATABASE_URL!).pathname.slice(1);
  const rename = async (from: string, to: string) => {
    const admin = await openPostgres(process.env.CLASSROOM_TEST_POSTGRES_ADMIN_URL!, { max: 1 });
    await admin.db.execute(sql.raw(`alter database ${from} rename to ${to}`));
    await admin.close();
  };
  await rename(name, `${name}_away`);
  return { env, undo: () => rename(`${name}_away`, name) };
}

test('settings that are wrong stop the server with one line', async () => {
  await expect(
    startClassroom({ lessons: lessons(), port: null, env: { TRUST_PROXY: 'two' } }),
  ).rejects.toThrow(
    'TRUST_PROXY="two" is not a whole number: write one from 0 to 10, e.g. 1 behind one reverse proxy, or 0 with none',
  );
});

if (engine === 'pglite')
  test('a data folder another process holds stops the server with one line', async () => {
    const { env, dataDir } = await emptyDatabaseEnv();
    const release = lockDataFolder(dataDir, { port: 3000, purpose: 'server' });
    await expect(startClassroom({ lessons: lessons(), port: 3001, env })).rejects.toThrow(
      /^the class data in .* is in use by the server running as pid \d+ on port 3000: stop it first, or set SAYSWHO_DATA_DIR$/,
    );
    release();
  });
