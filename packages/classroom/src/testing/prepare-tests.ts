/**
 * Before the class tests, once per run for each project: the lesson kit as JSON (checking every lesson
 * takes seconds; each test file then reads the file), and per database project its database —
 * for PGlite a migrated data folder dumped to a file (each test file starts from it instead of
 * running initdb), for PostgreSQL a throwaway server with a migrated template database.
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCorpus } from '@sayswho/core';
import { sql } from 'drizzle-orm';
import { checkLessons, readLessonSources } from '@sayswho/lessons';
import { migrateDatabase } from '../db/migrate';
import { openPglite, openPostgres } from '../db/open-database';
import { PGLITE_DUMPS } from './test-classroom';
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
  if (!existsSync(path.join(dir, PGLITE_DUMPS.migrated))) {
    const database = await openPglite();
    const dump = async (file: string) => {
      const client = (
        database.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }
      ).$client;
      writeFileSync(
        path.join(dir, file),
        Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()),
      );
    };
    await dump(PGLITE_DUMPS.empty);
    await migrateDatabase(database);
    await dump(PGLITE_DUMPS.migrated);
    await database.close();
  }
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
