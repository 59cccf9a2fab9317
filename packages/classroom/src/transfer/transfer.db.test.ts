import { teacherFromSession, studentFromDevice } from '../access';
import type { Database } from '../db/open-database';
import { eventsOfClass } from '../db/queries/events';
import { recordEvents } from '../services/sync';
import { aBusyServer, anEvent, batch, exerciseOf, value } from '../testing/fixtures';
import {
  emptyTables,
  engine,
  kitLessons,
  openTestDatabase,
  openTestPglite,
  testClassroom,
} from '../testing/test-classroom';
import { exportData } from './export-data';
import { importData } from './import-data';

/** A PGlite source (and way back), and a database of the project's engine in the middle. */
let pglite: Database;
let target: Database;
beforeAll(async () => {
  pglite = await openTestPglite();
  target = engine === 'pglite' ? await openTestPglite() : await openTestDatabase();
});
afterAll(() => Promise.all([pglite.close(), target.close()]));
beforeEach(() => Promise.all([emptyTables(pglite), emptyTables(target)]));

async function exported(database: Database): Promise<string[]> {
  const lines: string[] = [];
  await exportData(database.db, (line) => void lines.push(line), {
    now: new Date('2025-03-10T12:00:00Z'),
  });
  return lines;
}

test(`a round trip PGlite → ${engine === 'postgres' ? 'PostgreSQL' : 'PGlite'} → PGlite loses nothing`, async () => {
  const busy = await aBusyServer(testClassroom(pglite));
  const original = await exported(pglite);
  expect(original.length).toBeGreaterThan(15);

  expect(value(await importData(target.db, original)).rows).toMatchObject({
    events: 5,
    rewrite_reviews: 1,
    removed_devices: 1,
  });
  expect(await exported(target)).toEqual(original);

  await emptyTables(pglite);
  value(await importData(pglite.db, await exported(target)));
  expect(await exported(pglite)).toEqual(original);

  // What the data is for still works after the move: the teacher's session, the student's device,
  // the removed student's device, and new events numbered after the old ones.
  const moved = testClassroom(target);
  expect(await teacherFromSession(moved, busy.sessionToken)).toMatchObject({ ok: true });
  expect(value(await studentFromDevice(moved, busy.sam.token)).name).toBe('Sam 🦊 “Ö”');
  expect(await studentFromDevice(moved, busy.gone.token)).toMatchObject({ status: 410 });
  const lesson = kitLessons().find((l) => l.slug === 'who-says-so')!;
  value(
    await recordEvents(
      moved,
      busy.sam.student,
      batch(anEvent(lesson, exerciseOf(lesson, 'spot'), 'hint')),
    ),
  );
  const events = await eventsOfClass(target.db, busy.klass.id);
  expect(events.at(-1)!.lessonSlug).toBe('who-says-so');
  expect(events.at(-1)!.seq).toBeGreaterThan(events.at(-2)!.seq);
});

describe('an import that cannot be read imports nothing', () => {
  let lines: string[];
  beforeAll(async () => {
    await emptyTables(pglite);
    await aBusyServer(testClassroom(pglite));
    lines = await exported(pglite);
  });

  test.each<[string, () => string[], RegExp]>([
    [
      'a file cut off before its end',
      () => lines.slice(0, -3),
      /^the file ends before the export does \(it was cut off\)/,
    ],
    [
      'a line that is not JSON',
      () => [...lines.slice(0, 5), '{"table": "events", "row": {', ...lines.slice(5)],
      /^line 6: not JSON; nothing was imported$/,
    ],
    [
      'rows out of order',
      () => [lines[0]!, ...lines.slice(1, -1).reverse(), lines.at(-1)!],
      /^line 3: a row of .* after rows of /,
    ],
    [
      'a count that does not match',
      () => [...lines.slice(0, -1), '{"end":true,"rows":1}'],
      /the export says 1 rows, the file has \d+/,
    ],
    [
      'another format',
      () => ['{"format":"something-else"}'],
      /^line 1: this is not an export of Says Who class data/,
    ],
    [
      'a newer migration level',
      () => [JSON.stringify({ ...JSON.parse(lines[0]!), migrations: 99 }), ...lines.slice(1)],
      /^line 1: the export was made at migration level 99 and this database is at 1/,
    ],
    [
      'one class’s export',
      () => [JSON.stringify({ ...JSON.parse(lines[0]!), scope: 'class' }), ...lines.slice(1)],
      /^line 1: this is the export of one class/,
    ],
  ])('%s', async (_, file, reason) => {
    const result = await importData(target.db, file());
    expect(result).toMatchObject({ ok: false, status: 400 });
    expect(!result.ok && result.reason).toMatch(reason);
    expect(await exported(target)).toEqual([
      expect.stringContaining('"format"'),
      '{"end":true,"rows":0}',
    ]);
  });

  test('a database that already holds class data is refused', async () => {
    value(await importData(target.db, lines));
    expect(await importData(target.db, lines)).toMatchObject({
      ok: false,
      status: 409,
      reason: expect.stringMatching(/already holds class data/),
    });
  });
});
