/**
 * Before the class tests, once per run for each project: the lesson kit as JSON (checking every lesson
 * takes seconds; each test file then reads the file), and per database project its database —
 * for PGlite a migrated data folder dumped to a file (each test file starts from it instead of
 * running initdb; the dumps are cached between runs), for PostgreSQL a throwaway server with a migrated template database.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCorpus } from '@sayswho/core';
import { sql } from 'drizzle-orm';
import { checkLessons, readLessonSources } from '@sayswho/lessons';
import { findRepoRoot } from '../config';
import { migrateDatabase, migrationsFolder } from '../db/migrate';
import { openPglite, openPostgres } from '../db/open-database';
import { PGLITE_DUMPS } from './pglite-dumps';
import {
  startTestPostgres,
  TEMPLATE_DATABASE,
  withDatabase,
  type TestPostgres,
} from './postgres-server';

declare global {
  var classroomTestPostgres: TestPostgres | undefined;
}

/**
 * PGlite's initdb and the migrations cost ~12 s of CPU, paid by each Jest process (the classroom
 * package and the web app's class routes) on every run, even for one test file. They depend only
 * on PGlite, Drizzle and the migrations, so the dumps are kept in a cache folder under that key
 * and copied into the run's folder.
 */
async function copyPgliteDumps(runDir: string): Promise<void> {
  const cacheDir = path.join(findRepoRoot(), 'node_modules/.cache/sayswho-pglite-dumps');
  const key = pgliteDumpsKey();
  const cached = (file: string) => path.join(cacheDir, `${key}-${file}`);
  const files = Object.values(PGLITE_DUMPS);
  if (!files.every((file) => existsSync(cached(file)))) {
    mkdirSync(cacheDir, { recursive: true });
    // Another Jest process may write the same key at the same time: each writes its own file and
    // renames it into place, so a reader never sees half a dump.
    const write = (file: string, data: Buffer) => {
      const partial = `${cached(file)}.${process.pid}`;
      writeFileSync(partial, data);
      renameSync(partial, cached(file));
    };
    const database = await openPglite();
    const dump = async () => {
      const client = (
        database.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }
      ).$client;
      return Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer());
    };
    write(PGLITE_DUMPS.empty, await dump());
    await migrateDatabase(database);
    write(PGLITE_DUMPS.migrated, await dump());
    await database.close();
    // Dumps of older keys are of no further use.
    for (const old of readdirSync(cacheDir)) {
      if (!old.startsWith(`${key}-`)) rmSync(path.join(cacheDir, old), { force: true });
    }
  }
  for (const file of files) copyFileSync(cached(file), path.join(runDir, file));
}

/** What the dumps are made from: PGlite and Drizzle's migrator (their versions), and every migration file. */
function pgliteDumpsKey(): string {
  const hash = createHash('sha256');
  for (const name of ['@electric-sql/pglite', 'drizzle-orm']) {
    // Not every package exports its package.json: it is found from the entry point instead.
    let dir = path.dirname(require.resolve(name));
    while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
    hash.update(readFileSync(path.join(dir, 'package.json')));
  }
  const folder = migrationsFolder();
  for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(folder, file);
    if (statSync(full).isFile()) hash.update(file).update(readFileSync(full));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Jest runs each global setup module once per run, for the first project that uses it, so each
 * project has its own small module (global-setup-*.ts) calling this with its engine.
 */
export async function prepare(engine: 'pglite' | 'postgres' | null): Promise<void> {
  const dir = (process.env.CLASSROOM_TEST_DIR ??= path.join(
    tmpdir(),
    `sayswho-classroom-test-${process.pid}`,
  ));
  mkdirSync(dir, { recursive: true });
  const kitFile = path.join(dir, 'kit.json');
  if (!existsSync(kitFile)) {
    const { corpus } = loadCorpus();
    const kit = checkLessons(readLessonSources(), corpus);
    const lessons = kit.lessons.map(({ slug, fingerprint, exercises, frontmatter }) => ({
      slug,
      fingerprint,
      exercises,
      frontmatter,
    }));
    writeFileSync(kitFile, JSON.stringify(lessons));
  }
  if (!engine) return;
  // Both database projects need PGlite (the PostgreSQL one for the round trip between the two).
  if (!existsSync(path.join(dir, PGLITE_DUMPS.migrated))) await copyPgliteDumps(dir);
  if (engine === 'postgres') {
    const server = await startTestPostgres();
    globalThis.classroomTestPostgres = server;
    process.env.CLASSROOM_TEST_POSTGRES_ADMIN_URL = server.url;
    const admin = await openPostgres(server.url, { max: 1 });
    await admin.db.execute(sql.raw(`create database ${TEMPLATE_DATABASE}`));
    await admin.close();
    const template = await openPostgres(withDatabase(server.url, TEMPLATE_DATABASE), { max: 1 });
    await migrateDatabase(template);
    await template.close();
  }
}
