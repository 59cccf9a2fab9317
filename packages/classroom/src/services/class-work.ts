/**
 * Everything a class's results and exports are made from: its students, its lessons' exercises
 * as the kit has them now, its events grouped per student and exercise (kept up to date in
 * memory: `class-events.ts`), and the reviews of its rewrites. Only the class's own teacher
 * gets it.
 */
import type { RecordedEvent } from '@sayswho/core/class-results';
import type { ExerciseSpec } from '@sayswho/lessons';
import { teachersClass, type Teacher } from '../access';
import type { Classroom, ClassLesson } from '../classroom';
import type { ClassRow } from '../db/queries/classes';
import { reviewsOfClass, type ClassReviewRow, type ResultEventRow } from '../db/queries/results';
import { studentsOfClass } from '../db/queries/students';
import { ok, type Result } from '../result';
import { classEvents, type ClassEvents } from './class-events';
import { labelled } from './roster';

export interface WorkStudent {
  readonly id: string;
  readonly name: string;
  /** Told apart from classmates of the same name: "Sam (2)". */
  readonly label: string;
  readonly joinedAt: Date;
}

export interface ClassExercise {
  readonly lesson: ClassLesson;
  readonly exercise: ExerciseSpec;
}

export interface ClassWork {
  readonly classId: string;
  readonly students: readonly WorkStudent[];
  /** The class's lessons in the teacher's order, each lesson's exercises in its own order. */
  readonly exercises: readonly ClassExercise[];
  /** Per student, their events in the order the server received them. */
  readonly eventsOf: (studentId: string) => readonly ResultEventRow[];
  /** One student's events of one exercise, in the order received. */
  readonly eventsOn: (studentId: string, ref: ClassExercise) => readonly ResultEventRow[];
  readonly reviewOf: (eventId: string) => ClassReviewRow | undefined;
  /** How many events the class has on an exercise: a stamp for what is made from them. */
  readonly countOn: (ref: ClassExercise) => number;
  /** See `ClassEvents.remember`: results made from the same events are not made again. */
  readonly remember: ClassEvents['remember'];
}

/** Where a class's events come from: the cache, or (to check it) the database afresh. */
export type EventSource = (
  classroom: Classroom,
  classId: string,
  options?: { afresh?: boolean },
) => Promise<ClassEvents>;

const cached: EventSource = (classroom, classId, options) =>
  classEvents(classroom.database, classId, options);

export async function readClassWork(
  classroom: Classroom,
  teacher: Teacher,
  classId: string,
  source: EventSource = cached,
): Promise<Result<ClassWork>> {
  const found = await teachersClass(classroom, teacher, classId);
  if (!found.ok) return found;
  return ok(await classWorkOf(classroom, found.value, source));
}

/**
 * The work of a class already found: its teacher's (`readClassWork`), or one the server reads
 * ahead at start (`warm-up.ts`), which no teacher has asked for yet.
 */
export async function classWorkOf(
  classroom: Classroom,
  klass: Pick<ClassRow, 'id' | 'lessons'>,
  source: EventSource = cached,
): Promise<ClassWork> {
  const classId = klass.id;
  const db = classroom.database.db;
  // The events first: a student is in the database before any event of theirs, so every
  // student with events is among the students read after them.
  let events = await source(classroom, classId);
  const [students, reviews] = await Promise.all([
    studentsOfClass(db, classId),
    reviewsOfClass(db, classId),
  ]);
  if (!events.holdsOnly(new Set(students.map((s) => s.id))))
    events = await source(classroom, classId, { afresh: true });
  const reviewsById = new Map(reviews.map((r) => [r.eventId, r]));
  const exercises = klass.lessons.flatMap((slug) => {
    const lesson = classroom.lessons.lesson(slug);
    return lesson ? lesson.exercises.map((exercise) => ({ lesson, exercise })) : [];
  });
  return {
    classId,
    students: labelled(students.map((s) => ({ ...s, name: s.displayName }))).map((s) => ({
      id: s.id,
      name: s.name,
      label: s.label,
      joinedAt: s.createdAt,
    })),
    exercises,
    eventsOf: (studentId) => events.eventsOf(studentId),
    eventsOn: (studentId, ref) => events.eventsOn(studentId, ref.lesson.slug, ref.exercise.id),
    reviewOf: (eventId) => reviewsById.get(eventId),
    countOn: (ref) => events.countOn(ref.lesson.slug, ref.exercise.id),
    remember: (key, stamp, compute) => events.remember(key, stamp, compute),
  };
}

/** An event as the core's results read it. */
export function recordedEvent(row: ResultEventRow): RecordedEvent {
  return {
    kind: row.kind,
    at: row.deviceAt,
    answer: row.answer,
    attempt: row.kind === 'check' && row.counted ? { score: row.score } : null,
  };
}
