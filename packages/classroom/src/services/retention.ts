/**
 * Automatic deletion: a class's data is kept CLASS_RETENTION_DAYS full days after its end date
 * (a day in the school's time zone), then deleted with every row of it. Expired sign-in links,
 * sessions and rate-limit windows go too. One instance at a time does it (an advisory lock);
 * the others skip that round.
 */
import type { Classroom } from '../classroom';
import { addDays, todayIn } from '../dates';
import { deleteExpiredSecrets } from '../db/queries/teachers';
import { deleteClassesEndedBefore, tryRetentionLock } from '../db/queries/retention';
import { publish } from '../live';
import { ok, type Result } from '../result';
import { guarded } from './guard';
import { forgetPastWindows } from './rate-limits';

export interface RetentionRun {
  /** False when another instance was deleting at the same moment (this one did nothing). */
  readonly ran: boolean;
  readonly deleted: readonly {
    readonly id: string;
    readonly name: string;
    readonly endsOn: string;
  }[];
}

export const deleteExpiredClasses = guarded(
  async (classroom: Classroom): Promise<Result<RetentionRun>> => {
    const now = classroom.now();
    const { timeZone, retentionDays } = classroom.config;
    const keepFrom = addDays(todayIn(timeZone, now), -retentionDays);
    return classroom.database.db.transaction(async (tx) => {
      if (!(await tryRetentionLock(tx))) return ok({ ran: false, deleted: [] });
      const deleted = await deleteClassesEndedBefore(tx, keepFrom);
      for (const klass of deleted) await publish(tx, { kind: 'class-deleted', classId: klass.id });
      await deleteExpiredSecrets(tx, now);
      await forgetPastWindows(tx, now);
      return ok({
        ran: true,
        deleted: deleted.map(({ id, name, endsOn }) => ({ id, name, endsOn })),
      });
    });
  },
);

/** Runs the deletion now and then every hour, logging what it deleted; returns the stop. */
export function startRetention(classroom: Classroom, everyMs = 60 * 60 * 1000): () => void {
  const run = () =>
    deleteExpiredClasses(classroom).then(
      (result) => {
        if (result.ok && result.value.deleted.length > 0)
          classroom.log(
            `Says Who: deleted ${result.value.deleted.length} class(es) ${retentionText(classroom)}: ` +
              result.value.deleted.map((c) => `${c.name} (ended ${c.endsOn})`).join(', '),
          );
      },
      (error: Error) => classroom.log(`Says Who: automatic deletion failed: ${error.message}`),
    );
  void run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

function retentionText(classroom: Classroom): string {
  const days = classroom.config.retentionDays;
  return `${days} day${days === 1 ? '' : 's'} after their end date`;
}
