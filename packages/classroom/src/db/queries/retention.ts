/** Automatic deletion of classes whose retention has run out. */
import { lt, sql } from 'drizzle-orm';
import type { Db } from '../open-database';
import { rowsOf } from '../rows';
import { classes } from '../schema';

/** The advisory lock key of the deletion ("sayswho2"): one instance deletes at a time. */
const RETENTION_LOCK = 0x7361797377686f32n;

/** Takes the deletion lock for the rest of the transaction; false when another instance holds it. */
export async function tryRetentionLock(tx: Db): Promise<boolean> {
  const rows = rowsOf<{ locked: boolean }>(
    await tx.execute(sql`select pg_try_advisory_xact_lock(${RETENTION_LOCK}) as locked`),
  );
  return rows[0]?.locked === true;
}

/** Deletes (with every row of theirs) the classes that ended before `day` (YYYY-MM-DD). */
export async function deleteClassesEndedBefore(tx: Db, day: string) {
  return tx
    .delete(classes)
    .where(lt(classes.endsOn, day))
    .returning({
      id: classes.id,
      name: classes.name,
      endsOn: classes.endsOn,
      teacherId: classes.teacherId,
    })
    .then((rows) => rows.sort((a, b) => a.endsOn.localeCompare(b.endsOn)));
}
