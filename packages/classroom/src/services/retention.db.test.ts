import { classes } from '../db/schema';
import type { Database } from '../db/open-database';
import { tryRetentionLock } from '../db/queries/retention';
import { aClass, aTeacher, value } from '../testing/fixtures';
import { emptyTables, testClassroom } from '../testing/test-classroom';
import { useTestDatabase } from '../testing/use-test-database';
import { deleteExpiredClasses } from './retention';

let database: Database;
useTestDatabase((opened) => (database = opened));

const remaining = async () =>
  (await database.db.select({ name: classes.name }).from(classes)).map((c) => c.name).sort();

/** A class ending 10 March with no retention days: deleted once 10 March is over where the school is. */
async function endingTenthOfMarch(timeZone: string) {
  const classroom = testClassroom(database, {
    config: { timeZone, retentionDays: 0 },
    now: '2025-03-01T00:00:00Z',
  });
  const teacher = await aTeacher(classroom);
  await aClass(classroom, teacher, ['who-says-so'], '2025-03-10');
  // 20:00 UTC on 10 March: 09:00 on the 11th in Auckland, 13:00 on the 10th in Los Angeles.
  classroom.setNow('2025-03-10T20:00:00Z');
  return classroom;
}

test('a class ending "today" is deleted in Auckland, where today is already over, and kept in Los Angeles', async () => {
  const auckland = await endingTenthOfMarch('Pacific/Auckland');
  expect(value(await deleteExpiredClasses(auckland)).deleted.map((c) => c.endsOn)).toEqual([
    '2025-03-10',
  ]);
  expect(await remaining()).toEqual([]);

  await emptyTables(database);
  const losAngeles = await endingTenthOfMarch('America/Los_Angeles');
  expect(value(await deleteExpiredClasses(losAngeles))).toEqual({ ran: true, deleted: [] });
  expect(await remaining()).toEqual(['8B Media']);
  losAngeles.setNow('2025-03-11T08:00:00Z'); // 01:00 on the 11th in Los Angeles
  expect(value(await deleteExpiredClasses(losAngeles)).deleted).toHaveLength(1);
});

test('data is kept CLASS_RETENTION_DAYS full days after the end date', async () => {
  const classroom = testClassroom(database, {
    config: { retentionDays: 30, timeZone: 'Europe/London' },
  });
  const klass = await aClass(classroom, await aTeacher(classroom), ['who-says-so'], '2025-03-31');
  expect(klass.deletesOn).toBe('2025-05-01');
  classroom.setNow('2025-04-30T22:59:00Z'); // 23:59 on 30 April in London (summer time)
  expect(value(await deleteExpiredClasses(classroom)).deleted).toEqual([]);
  classroom.setNow('2025-04-30T23:00:00Z'); // midnight: 1 May
  expect(value(await deleteExpiredClasses(classroom)).deleted.map((c) => c.name)).toEqual([
    '8B Media',
  ]);
});

test('one instance at a time deletes: another that runs meanwhile does nothing', async () => {
  const classroom = await endingTenthOfMarch('Pacific/Auckland');
  let during: Awaited<ReturnType<typeof deleteExpiredClasses>> | null = null;
  await database.db.transaction(async (tx) => {
    expect(await tryRetentionLock(tx)).toBe(true);
    if (database.engine === 'postgres') during = await deleteExpiredClasses(classroom);
  });
  // PGlite runs one transaction at a time, so there is no "meanwhile" to test there.
  if (database.engine === 'postgres')
    expect(during).toEqual({ ok: true, value: { ran: false, deleted: [] } });
  expect(value(await deleteExpiredClasses(classroom)).deleted).toHaveLength(1);
});
