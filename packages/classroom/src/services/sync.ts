/**
 * A device sends what its student did as a batch of events; each is answered on its own:
 * `recorded`, `duplicate` (recorded before: a retry) or `rejected` with the reason (the device
 * keeps it and says so). A Check is judged here, with the core's functions against the lesson's
 * key; one received while its exercise is locked is recorded and flagged `late`, never dropped.
 * The batch is written in one transaction, in a few statements whatever its size (each costs about
 * a millisecond on PGlite), and announced on the live channel when it commits.
 */
import { CLASS_EVENT_LIMITS } from '@sayswho/core/class-event';
import type { ExerciseSpec } from '@sayswho/lessons';
import { passedCheck, type AnswerJudgement } from '@sayswho/lessons/score-answer';
import type { Student } from '../access';
import type { Classroom } from '../classroom';
import { attemptKey, checkContext, exerciseKey } from '../db/queries/check-context';
import { eventsByIds, insertEvents, type NewEvent } from '../db/queries/events';
import type { Db } from '../db/open-database';
import { checkAgainstLesson } from '../events/check-against-lesson';
import { parseEvent, type ParsedEvent } from '../events/event-schema';
import { judgeCheck, scoreOf } from '../events/judge-check';
import { judgementForStudent, type StudentJudgement } from '../events/student-judgement';
import { publish } from '../live';
import { ok, refuse, type Result } from '../result';
import { guarded } from './guard';

export interface ClassEventResult {
  readonly id: string;
  readonly status: 'recorded' | 'duplicate' | 'rejected';
  /** For `rejected`: why, in words a student can read. The device keeps the event. */
  readonly reason?: string;
  /** For a Check: the server's judgement, as the student may see it (the first one, for a duplicate). */
  readonly judgement?: StudentJudgement;
  /** For a Check received while its exercise was locked. */
  readonly late?: boolean;
}

export interface SyncResponse {
  readonly results: readonly ClassEventResult[];
}

/**
 * Records a batch: `body` is the request body as text (`{ "events": [ … ] }`), at most
 * 256 kB and 100 events; a body over the limits or not JSON is refused whole (nothing recorded).
 */
export const recordEvents = guarded(
  async (classroom: Classroom, student: Student, body: string): Promise<Result<SyncResponse>> => {
    if (Buffer.byteLength(body, 'utf8') > CLASS_EVENT_LIMITS.batchBytes)
      return refuse(
        'too-large',
        `The request is larger than ${CLASS_EVENT_LIMITS.batchBytes / 1024} kB: send fewer events at a time.`,
      );
    const batch = parseBatch(body);
    if (!batch.ok) return batch;
    const read = batch.value.map((raw) => readEvent(classroom, student, raw));
    const results = await classroom.database.db.transaction((tx) =>
      recordBatch(classroom, tx, student, read),
    );
    return ok({ results });
  },
);

function parseBatch(body: string): Result<unknown[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return refuse('invalid', 'The request is not JSON: send { "events": [ … ] }.');
  }
  const events = (parsed as { events?: unknown } | null)?.events;
  if (!Array.isArray(events))
    return refuse('invalid', 'The request has no list of events: send { "events": [ … ] }.');
  if (events.length > CLASS_EVENT_LIMITS.eventsPerBatch)
    return refuse(
      'invalid',
      `The request has ${events.length} events; send at most ${CLASS_EVENT_LIMITS.eventsPerBatch} at a time.`,
    );
  return { ok: true, value: events };
}

/** An event of the batch as read, before the database is asked anything. */
type ReadEvent =
  /** Not an event of the format: refused as it is. */
  | { readonly id: string; readonly malformed: string }
  /** Well formed but not one of the class's exercises: refused, unless it was recorded before. */
  | { readonly id: string; readonly misfit: string }
  | {
      readonly id: string;
      readonly event: ParsedEvent;
      readonly exercise: ExerciseSpec;
      /** Made against the lesson as the server has it now. */
      readonly current: boolean;
    };

function readEvent(classroom: Classroom, student: Student, raw: unknown): ReadEvent {
  const parsed = parseEvent(raw);
  if (!parsed.ok)
    return {
      id: String((raw as { id?: unknown } | null)?.id ?? '').slice(0, 100),
      malformed: parsed.reason,
    };
  const { event } = parsed;
  const fit = checkAgainstLesson(event, student.classLessons, classroom.lessons);
  if (!fit.ok) return { id: event.id, misfit: fit.reason };
  return { id: event.id, event, exercise: fit.exercise, current: fit.current };
}

/** What a batch's event becomes: written now, or answered from what the database holds. */
type Planned =
  | { readonly id: string; readonly malformed: string }
  | { readonly id: string; readonly misfit: string }
  | { readonly id: string; readonly recordedBefore: true }
  | {
      readonly id: string;
      readonly row: NewEvent;
      readonly judgement: AnswerJudgement | null;
      readonly late: boolean;
    };

/**
 * The batch in a few statements, whatever its size: the Checks' context (only when there are
 * Checks), one insert, a lookup of what was recorded before (only for retries and misfits) and
 * the notification. A Check is judged against the attempts recorded before it, in the batch's order.
 */
async function recordBatch(
  classroom: Classroom,
  tx: Db,
  student: Student,
  read: readonly ReadEvent[],
): Promise<ClassEventResult[]> {
  const fitting = read.filter((r) => 'event' in r);
  const checks = fitting.filter((r) => r.event.kind === 'check');
  const context =
    checks.length > 0
      ? await checkContext(tx, {
          classId: student.classId,
          studentId: student.id,
          exerciseIds: [...new Set(checks.map((r) => r.event.exerciseId))],
          eventIds: fitting.map((r) => r.id),
        })
      : null;

  const attempts = new Map(context?.attempts);
  const planned = new Set<string>();
  const plans = read.map((r): Planned => {
    if (!('event' in r)) return r;
    if (planned.has(r.id) || context?.recorded.has(r.id)) return { id: r.id, recordedBefore: true };
    planned.add(r.id);
    const { event } = r;
    let judgement: AnswerJudgement | null = null;
    let late = false;
    if (event.kind === 'check') {
      const key = attemptKey(event.lesson.slug, event.exerciseId, event.lesson.fingerprint);
      const attemptsBefore = attempts.get(key) ?? 0;
      judgement = judgeCheck(r.exercise, event.answer!, { current: r.current, attemptsBefore });
      if (judgement.ok) attempts.set(key, attemptsBefore + 1);
      late = context!.locked.has(exerciseKey(event.lesson.slug, event.exerciseId));
    }
    return { id: r.id, row: rowOf(event, student, judgement, late), judgement, late };
  });

  const written = await insertEvents(
    tx,
    plans.flatMap((p) => ('row' in p ? [p.row] : [])),
  );
  // Recorded before (a retry), or by another request just now: answered with what was recorded.
  const writtenNow = new Map(
    plans.flatMap((p) => ('row' in p && written.has(p.id) ? [[p.id, p.row] as const] : [])),
  );
  const toLookUp = plans.filter((p) => !('malformed' in p) && !writtenNow.has(p.id));
  const before = new Map(
    (await eventsByIds(tx, [...new Set(toLookUp.map((p) => p.id))])).map((row) => [row.id, row]),
  );

  const results = plans.map((p): ClassEventResult => {
    if ('malformed' in p) return { id: p.id, status: 'rejected', reason: p.malformed };
    const fresh = 'row' in p && written.has(p.id);
    if (!fresh) {
      const recorded = writtenNow.get(p.id) ?? before.get(p.id);
      if (recorded) return duplicate(classroom, recorded, student);
      if ('misfit' in p) return { id: p.id, status: 'rejected', reason: p.misfit };
      throw new Error(`event ${p.id} was neither written nor found`);
    }
    return {
      id: p.id,
      status: 'recorded',
      ...(p.judgement
        ? {
            judgement: forStudent(
              classroom,
              { lessonSlug: p.row.lessonSlug, exerciseId: p.row.exerciseId },
              p.judgement,
            ),
            late: p.late,
          }
        : {}),
    };
  });
  if (writtenNow.size > 0)
    await publish(tx, {
      kind: 'events',
      classId: student.classId,
      studentId: student.id,
      eventIds: [...writtenNow.keys()],
    });
  return results;
}

function duplicate(
  classroom: Classroom,
  row: Pick<NewEvent, 'id' | 'studentId' | 'lessonSlug' | 'exerciseId' | 'judgement' | 'late'>,
  student: Student,
): ClassEventResult {
  // An id is the device's; one used by another student is not theirs to retry.
  if (row.studentId !== student.id)
    return { id: row.id, status: 'rejected', reason: 'another event already has this id' };
  return {
    id: row.id,
    status: 'duplicate',
    ...(row.judgement
      ? { judgement: forStudent(classroom, row, row.judgement), late: row.late }
      : {}),
  };
}

/**
 * The judgement as the student may see it: the explanations only when the check reached the pass
 * mark of the exercise as the lesson kit has it now (none for an exercise no longer in the kit).
 */
function forStudent(
  classroom: Classroom,
  where: { readonly lessonSlug: string; readonly exerciseId: string },
  judgement: AnswerJudgement,
): StudentJudgement {
  const policy = classroom.lessons
    .lesson(where.lessonSlug)
    ?.exercises.find((e) => e.id === where.exerciseId)?.public.policy;
  return judgementForStudent(judgement, policy ? passedCheck(judgement, policy) : false);
}

function rowOf(
  event: ParsedEvent,
  student: Student,
  judgement: AnswerJudgement | null,
  late: boolean,
) {
  return {
    id: event.id,
    classId: student.classId,
    studentId: student.id,
    kind: event.kind,
    lessonSlug: event.lesson.slug,
    lessonFingerprint: event.lesson.fingerprint,
    exerciseId: event.exerciseId,
    formatVersion: event.v,
    answer: event.answer ?? null,
    deviceAt: new Date(event.at),
    score: judgement ? scoreOf(judgement) : null,
    judgement,
    late,
    imported: event.imported === true,
  };
}
