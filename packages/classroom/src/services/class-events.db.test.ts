import { isDeepStrictEqual } from 'node:util';
import { sql } from 'drizzle-orm';
import type { Teacher } from '../access';
import type { ClassLesson } from '../classroom';
import type { Database } from '../db/open-database';
import { rowsOf } from '../db/rows';
import { anAnswer } from '../testing/big-class';
import type { JoinedStudent } from '../testing/fixtures';
import { aClass, aStudent, aTeacher, anEvent, batch, value } from '../testing/fixtures';
import {
  catalogOf,
  kitLessons,
  testClassroom,
  type TestClassroom,
} from '../testing/test-classroom';
import { useTestDatabase } from '../testing/use-test-database';
import { classEvents, IDLE_MS, readAllClassEvents } from './class-events';
import { classResults, resultsOf } from './class-results';
import { readClassWork } from './class-work';
import { lockExercise, unlockExercise } from './locks';
import { reviewRewrite } from './reviews';
import { mergeStudents, removeStudent, renameStudent } from './roster';
import { recordEvents } from './sync';

let database: Database;
let classroom: TestClassroom;
useTestDatabase((opened) => (database = opened));
beforeEach(() => {
  classroom = testClassroom(database);
});

/** A small seeded generator (mulberry32): the same stream on every run, so a failure repeats. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { below: (n: number) => Math.floor(next() * n) };
}

const LESSONS = ['battered-or-clobbered', 'who-says-so'];

/** The same lesson at a new version: another fingerprint, and its Spot keyed with one item less. */
function revised(lesson: ClassLesson): ClassLesson {
  return {
    ...lesson,
    fingerprint: `${lesson.fingerprint.slice(0, -1)}${lesson.fingerprint.endsWith('0') ? '1' : '0'}`,
    exercises: lesson.exercises.map((e) =>
      e.key.type === 'spot'
        ? { ...e, key: { ...e.key, key: { ...e.key.key, gold: e.key.key.gold.slice(1) } } }
        : e,
    ),
  };
}

async function resultsFromScratch(on: TestClassroom, teacher: Teacher, classId: string) {
  const work = await readClassWork(on, teacher, classId, (c, id) =>
    readAllClassEvents(c.database, id),
  );
  return resultsOf(value(work));
}

describe('the class’s events kept up to date in memory', () => {
  test('give the same results as folding every event afresh, through a random day of a class and its teacher’s edits', async () => {
    const pick = random(18);
    const teacher = await aTeacher(classroom);
    const klass = await aClass(classroom, teacher, LESSONS);
    let lessons = kitLessons().filter((l) => LESSONS.includes(l.slug));
    let on = classroom;
    const students: JoinedStudent[] = [];
    const rewrites: string[] = [];
    let worker: JoinedStudent | undefined;
    const exercises = () =>
      lessons.flatMap((lesson) => lesson.exercises.map((exercise) => ({ lesson, exercise })));
    const anyOf = <T>(list: readonly T[]) => list[pick.below(list.length)]!;

    const steps: Record<string, () => Promise<unknown>> = {
      join: async () => students.push(await aStudent(on, klass, anyOf(['Sam', 'Ana', 'Lee']))),
      work: async () => {
        if (students.length === 0) return;
        const { lesson, exercise } = anyOf(exercises());
        const events = Array.from({ length: 1 + pick.below(3) }, (_, k) => {
          const kind = anyOf(['answer', 'check', 'check', 'hint', 'show-answer'] as const);
          const answer = kind === 'answer' || kind === 'check' ? anAnswer(exercise, k) : undefined;
          return anEvent(lesson, exercise, kind, answer, {
            at: new Date(Date.UTC(2025, 2, 10, 9, pick.below(90))).toISOString(),
          });
        });
        for (const e of events)
          if (e.kind === 'check' && exercise.type === 'rewrite') rewrites.push(e.id);
        worker = anyOf(students);
        value(await recordEvents(on, worker.student, batch(...events)));
      },
      rename: async () =>
        students.length > 0 &&
        renameStudent(on, teacher, {
          classId: klass.id,
          studentId: anyOf(students).student.id,
          name: anyOf(['Kim', 'Jo']),
        }),
      merge: async () => {
        // The student who worked last: their events move to the other.
        if (students.length < 2 || !worker) return;
        const from = students.splice(students.indexOf(worker), 1)[0]!;
        value(
          await mergeStudents(on, teacher, {
            classId: klass.id,
            fromStudentId: from.student.id,
            intoStudentId: anyOf(students).student.id,
          }),
        );
      },
      remove: async () => {
        if (students.length < 2) return;
        const [gone] = students.splice(pick.below(students.length), 1);
        await removeStudent(on, teacher, { classId: klass.id, studentId: gone!.student.id });
      },
      lock: async () => {
        const { lesson, exercise } = anyOf(exercises());
        const ref = { lessonSlug: lesson.slug, exerciseId: exercise.id };
        await (pick.below(2) ? lockExercise : unlockExercise)(on, teacher, klass.id, ref);
      },
      review: async () =>
        rewrites.length > 0 &&
        reviewRewrite(on, teacher, {
          classId: klass.id,
          eventId: anyOf(rewrites),
          verdict: anyOf(['fair', 'try-again'] as const),
          comment: 'Closer.',
        }),
      // Another instance's event that took its `seq` early and committed late: it lands
      // before the cursor of a cache that has read the events sent meanwhile.
      late: async () => {
        const [taken] = rowsOf<{ seq: number }>(
          await database.db.execute(
            sql`select nextval(pg_get_serial_sequence('events', 'seq'))::int as seq`,
          ),
        );
        await steps.work!();
        value(await classResults(on, teacher, klass.id));
        await steps.work!();
        await database.db.execute(
          sql`update events set seq = ${taken!.seq} where seq = (select max(seq) from events)`,
        );
      },
      revise: async () => {
        lessons = lessons.map((l) => (l.slug === 'battered-or-clobbered' ? revised(l) : l));
        on = { ...classroom, lessons: catalogOf(lessons) };
      },
    };
    // Each edit once, in an order of its own, between random work; the cache is read after
    // every step (so it holds a cursor part-way) and checked against a fresh fold after edits.
    const edits = ['rename', 'late', 'lock', 'review', 'merge', 'revise', 'remove', 'late'];
    const plan = ['join', 'join', 'join', ...edits.flatMap((edit) => ['work', edit])];
    for (const [step, name] of plan.entries()) {
      await steps[name]!();
      const kept = value(await classResults(on, teacher, klass.id));
      if (!edits.includes(name) && step !== plan.length - 1) continue;
      // Node's deep equality, not toEqual: Jest's walk over the heatmaps' words took seconds.
      const same = isDeepStrictEqual(kept, await resultsFromScratch(on, teacher, klass.id));
      expect({ step, name, same }).toEqual({ step, name, same: true });
    }
  });

  test('are let go once a class is idle, so a server does not keep every class it ever showed', async () => {
    const teacher = await aTeacher(classroom);
    const [a, b] = [await aClass(classroom, teacher), await aClass(classroom, teacher)];
    const held = await classEvents(database, a!.id, { now: 0 });
    expect(await classEvents(database, a!.id, { now: IDLE_MS })).toBe(held);
    // Another class asked for after the first has been idle too long: the first is dropped.
    await classEvents(database, b!.id, { now: 2 * IDLE_MS + 1 });
    expect(await classEvents(database, a!.id, { now: 2 * IDLE_MS + 2 })).not.toBe(held);
  });
});
