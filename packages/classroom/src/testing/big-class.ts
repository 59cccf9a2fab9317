/**
 * A big class, filled through the services as a school's would be: a teacher, one class of three
 * lessons, and `students` students who each join and send `eventsEach` events (answers, Checks and
 * hints over ten exercises of the class). The clock is the caller's start moment, moved on an hour
 * halfway through the joins so the limit of 200 joins a class an hour holds. Used by
 * `scripts/measure-class-results.ts` (in memory) and the bench's class dashboard run (in the data
 * folder the production server then opens).
 */
import type { ClassEvent } from '@sayswho/core/class-event';
import type { StoredAnswer } from '@sayswho/core/quiz';
import type { ExerciseSpec } from '@sayswho/lessons';
import type { Teacher } from '../access';
import type { Classroom, ClassLesson } from '../classroom';
import { migrateDatabase } from '../db/migrate';
import { openPglite, type Database } from '../db/open-database';
import { recordEvents } from '../services/sync';
import { addTeacher } from '../services/teachers';
import type { ClassView } from '../services/teacher-classes';
import { aClass, aStudent, anEvent, value } from './fixtures';
import { catalogOf, testConfig } from './test-classroom';

export const BIG_CLASS_LESSONS = ['who-says-so', 'battered-or-clobbered', 'can-anyone-check-that'];
const HOUR = 3_600_000;
/** Between one event of a student and the next, as the device stamps them. */
const EVENT_GAP_MS = 40_000;

export interface BigClassOptions {
  /** PGlite's data folder (a server can then open it); none: in memory. */
  readonly dataDir?: string;
  /** The kit's lessons (the class takes `BIG_CLASS_LESSONS` of them). */
  readonly lessons: readonly ClassLesson[];
  readonly students: number;
  readonly eventsEach: number;
  /** The clock at the first join; the second half joins an hour later. */
  readonly startAt: Date;
  /** The class's last day (YYYY-MM-DD), after `startAt`. */
  readonly endsOn: string;
  /** Where the teacher's sign-in link points. */
  readonly origin: string;
}

export interface BigClassStudent {
  readonly id: string;
  /** The device token its device sends as `Authorization: Bearer …`. */
  readonly deviceToken: string;
  /** `lesson/exercise` of every exercise its events touched. */
  readonly touched: ReadonlySet<string>;
}

export interface BigClass {
  /**
   * The classroom the class was filled through, its database open (the caller closes it); its
   * clock stays where the filling left it.
   */
  readonly classroom: Classroom;
  readonly teacher: Teacher;
  readonly klass: ClassView;
  /** The teacher's single-use sign-in link (on `origin`). */
  readonly signInUrl: string;
  readonly students: readonly BigClassStudent[];
  /** The class's lessons, in its order. */
  readonly classLessons: readonly ClassLesson[];
}

/** A plausible answer: a few marked stretches of the passage, an option, some items placed. */
export function anAnswer(exercise: ExerciseSpec, n: number): StoredAnswer | undefined {
  const spec = exercise.public;
  const pick = <T>(list: readonly T[]) => list[(n * 7919) % list.length]!;
  if (spec.type === 'spot') {
    const { start, end } = spec.passage.span;
    const spans = [1, 2, 3].map((k) => {
      const from = start + (((n + k) * 104729) % Math.max(1, end - start - 40));
      return { start: from, end: from + 12 + k * 5 };
    });
    return { type: 'spot', spans };
  }
  if (spec.type === 'choice') return { type: 'choice', chosen: [pick(spec.options).id] };
  if (spec.type === 'classify')
    return {
      type: 'classify',
      placed: Object.fromEntries(
        spec.items.map((i, k) => [i.id, spec.categories[(n + k) % spec.categories.length]!.id]),
      ),
    };
  if (spec.type === 'rewrite') return { type: 'rewrite', text: `${spec.original} (${n})` };
  return undefined;
}

/** A student's work: an answer, a Check and a hint on each exercise in turn, from `start`. */
function eventsOf(
  lessons: readonly ClassLesson[],
  student: number,
  count: number,
  start: number,
): ClassEvent[] {
  const exercises = lessons.flatMap((lesson) =>
    lesson.exercises.filter((e) => e.type !== 'compare').map((exercise) => ({ lesson, exercise })),
  );
  return Array.from({ length: count }, (_, k) => {
    const { lesson, exercise } = exercises[(student + Math.floor(k / 3)) % exercises.length]!;
    const kind = k % 3 === 0 ? 'answer' : k % 3 === 1 ? 'check' : 'hint';
    const answer = kind === 'hint' ? undefined : anAnswer(exercise, student + k);
    return anEvent(lesson, exercise, kind, answer, {
      at: new Date(start + k * EVENT_GAP_MS).toISOString(),
    });
  });
}

export async function fillBigClass(options: BigClassOptions): Promise<BigClass> {
  const database = await openPglite(options.dataDir ? { dataDir: options.dataDir } : {});
  try {
    await migrateDatabase(database);
    return await fill(database, options);
  } catch (error) {
    await database.close();
    throw error;
  }
}

async function fill(database: Database, options: BigClassOptions): Promise<BigClass> {
  const { lessons } = options;
  let now = options.startAt;
  const classroom: Classroom = {
    database,
    config: testConfig(),
    lessons: catalogOf(lessons),
    now: () => now,
    log: (line) => console.error(line),
  };
  const link = value(await addTeacher(classroom, { name: 'Ms Rivera', origin: options.origin }));
  const klass = await aClass(classroom, link.teacher, BIG_CLASS_LESSONS, options.endsOn);
  const classLessons = BIG_CLASS_LESSONS.map((slug) => {
    const lesson = lessons.find((l) => l.slug === slug);
    if (!lesson) throw new Error(`The kit has no lesson “${slug}” for the big class.`);
    return lesson;
  });
  const students: BigClassStudent[] = [];
  for (let i = 0; i < options.students; i += 1) {
    if (i === Math.floor(options.students / 2)) now = new Date(options.startAt.getTime() + HOUR);
    const address = `10.0.${i >> 8}.${i & 255}`;
    const { student, token } = await aStudent(classroom, klass, `Student ${i}`, address);
    const events = eventsOf(classLessons, i, options.eventsEach, now.getTime());
    value(await recordEvents(classroom, student, JSON.stringify({ events })));
    students.push({
      id: student.id,
      deviceToken: token,
      touched: new Set(events.map((e) => `${e.lesson.slug}/${e.exerciseId}`)),
    });
  }
  return { classroom, teacher: link.teacher, klass, signInUrl: link.url, students, classLessons };
}
