/**
 * A device sends what its student did as a batch of events; each is answered on its own:
 * `recorded`, `duplicate` (recorded before: a retry) or `rejected` with the reason (the device
 * keeps it and says so). A Check is judged here, with the core's functions against the lesson's
 * key; one received while its exercise is locked is recorded and flagged `late`, never dropped.
 * The batch is written in one transaction and announced on the live channel when it commits.
 */
import { CLASS_EVENT_LIMITS } from '@sayswho/core/class-event';
import { passedCheck, type AnswerJudgement } from '@sayswho/lessons/score-answer';
import { UNKNOWN_DEVICE, type Student } from '../access';
import type { Classroom } from '../classroom';
import { classById } from '../db/queries/classes';
import { countAttempts, eventById, insertEvent, type EventRow } from '../db/queries/events';
import { isLocked } from '../db/queries/locks';
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
    const { db } = classroom.database;
    const klass = await classById(db, student.classId);
    if (!klass) return refuse('unknown-device', UNKNOWN_DEVICE);

    const results: ClassEventResult[] = [];
    const recorded: string[] = [];
    await db.transaction(async (tx) => {
      for (const raw of batch.value) {
        const result = await recordOne(classroom, tx, student, klass.lessons, raw);
        if (result.status === 'recorded') recorded.push(result.id);
        results.push(result);
      }
      if (recorded.length > 0)
        await publish(tx, {
          kind: 'events',
          classId: student.classId,
          studentId: student.id,
          eventIds: recorded,
        });
    });
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

async function recordOne(
  classroom: Classroom,
  tx: Db,
  student: Student,
  classLessons: readonly string[],
  raw: unknown,
): Promise<ClassEventResult> {
  const parsed = parseEvent(raw);
  const rawId = String((raw as { id?: unknown } | null)?.id ?? '').slice(0, 100);
  if (!parsed.ok) return { id: rawId, status: 'rejected', reason: parsed.reason };
  const event = parsed.event;
  // No lookup before the insert: on PGlite every statement costs about a millisecond on the one
  // connection all requests share, and nearly every event is new. A retry is found by the insert.
  const fit = checkAgainstLesson(event, classLessons, classroom.lessons);
  if (!fit.ok) {
    // A retry of an event recorded before is answered as one, whatever the lesson kit says now.
    const before = await eventById(tx, event.id);
    return before
      ? duplicate(classroom, before, student)
      : { id: event.id, status: 'rejected', reason: fit.reason };
  }

  let judgement: AnswerJudgement | null = null;
  let late = false;
  if (event.kind === 'check') {
    const exercise = {
      classId: student.classId,
      lessonSlug: event.lesson.slug,
      exerciseId: event.exerciseId,
    };
    late = await isLocked(tx, exercise);
    const attemptsBefore = await countAttempts(tx, {
      studentId: student.id,
      lessonSlug: event.lesson.slug,
      exerciseId: event.exerciseId,
      fingerprint: event.lesson.fingerprint,
    });
    judgement = judgeCheck(fit.exercise, event.answer!, { current: fit.current, attemptsBefore });
  }
  const inserted = await insertEvent(tx, rowOf(event, student, judgement, late));
  // Recorded before (a retry), or by another request just now: answered with what was recorded.
  if (!inserted) return duplicate(classroom, (await eventById(tx, event.id))!, student);
  return {
    id: event.id,
    status: 'recorded',
    ...(judgement
      ? {
          judgement: forStudent(
            classroom,
            { lessonSlug: event.lesson.slug, exerciseId: event.exerciseId },
            judgement,
          ),
          late,
        }
      : {}),
  };
}

function duplicate(classroom: Classroom, row: EventRow, student: Student): ClassEventResult {
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
