/**
 * How long a big class's results take on PGlite: 300 students with 30 events each (Spot, Choice,
 * Classify and Rewrite answers, Checks and hints), in an in-memory database. A measurement, not
 * a test: it prints the figures.
 *
 *   cd packages/classroom && npx tsx scripts/measure-class-results.ts
 */
import { performance } from 'node:perf_hooks';
import { loadCorpus } from '@sayswho/core';
import type { ClassEvent } from '@sayswho/core/class-event';
import type { StoredAnswer } from '@sayswho/core/quiz';
import { checkLessons, readLessonSources, type ExerciseSpec } from '@sayswho/lessons';
import { sql } from 'drizzle-orm';
import { studentFromDevice } from '../src/access';
import type { Classroom, ClassLesson } from '../src/classroom';
import { migrateDatabase } from '../src/db/migrate';
import { openPglite } from '../src/db/open-database';
import { resultEventsOfClass } from '../src/db/queries/results';
import { rowsOf } from '../src/db/rows';
import { classResults } from '../src/services/class-results';
import { joinClass } from '../src/services/join';
import { exportResultsCsv, exportXapi } from '../src/services/result-exports';
import { recordEvents } from '../src/services/sync';
import { createClass } from '../src/services/teacher-classes';
import { addTeacher } from '../src/services/teachers';
import { anEvent } from '../src/testing/fixtures';
import { catalogOf, testConfig } from '../src/testing/test-classroom';

/** `STUDENTS=100 npx tsx …` for a quicker look. */
const STUDENTS = Number(process.env.STUDENTS ?? 300);
const RUNS = 5;
const EVENTS_EACH = 30;
const LESSONS = ['who-says-so', 'battered-or-clobbered', 'can-anyone-check-that'];

function must<T>(result: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

/** A plausible answer: a few marked stretches of the passage, an option, some items placed. */
function anAnswer(exercise: ExerciseSpec, n: number): StoredAnswer | undefined {
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

function eventsOf(lessons: readonly ClassLesson[], student: number): ClassEvent[] {
  const exercises = lessons.flatMap((lesson) =>
    lesson.exercises.filter((e) => e.type !== 'compare').map((exercise) => ({ lesson, exercise })),
  );
  const start = Date.UTC(2025, 2, 10, 9, 0);
  return Array.from({ length: EVENTS_EACH }, (_, k) => {
    const { lesson, exercise } = exercises[(student + Math.floor(k / 3)) % exercises.length]!;
    const kind = k % 3 === 0 ? 'answer' : k % 3 === 1 ? 'check' : 'hint';
    const answer = kind === 'hint' ? undefined : anAnswer(exercise, student + k);
    return anEvent(lesson, exercise, kind, answer, {
      at: new Date(start + k * 40_000).toISOString(),
    });
  });
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await run();
  return [value, performance.now() - started];
}

async function main() {
  const { corpus } = loadCorpus();
  const lessons: readonly ClassLesson[] = checkLessons(readLessonSources(), corpus).lessons;
  const database = await openPglite();
  await migrateDatabase(database);
  // Two hours of joining: a class admits 200 joins an hour.
  let now = new Date('2025-03-10T08:00:00Z');
  const classroom: Classroom = {
    database,
    config: testConfig(),
    lessons: catalogOf(lessons),
    now: () => now,
    log: (line) => console.error(line),
  };
  const { teacher } = must(
    await addTeacher(classroom, { name: 'Ms Rivera', origin: 'http://localhost' }),
  );
  const klass = must(
    await createClass(classroom, teacher, { name: '8B', lessons: LESSONS, endsOn: '2025-06-30' }),
  );
  const classLessons = LESSONS.map((slug) => lessons.find((l) => l.slug === slug)!);
  const [, fillMs] = await timed(async () => {
    for (let i = 0; i < STUDENTS; i += 1) {
      if (i === STUDENTS / 2) now = new Date('2025-03-10T09:00:00Z');
      const joined = must(
        await joinClass(classroom, {
          code: klass.joinCode,
          name: `Student ${i}`,
          address: `10.0.${i >> 8}.${i & 255}`,
        }),
      );
      const student = must(await studentFromDevice(classroom, `Bearer ${joined.deviceToken}`));
      must(
        await recordEvents(
          classroom,
          student,
          JSON.stringify({ events: eventsOf(classLessons, i) }),
        ),
      );
    }
  });
  const [count] = rowsOf<{ n: number }>(
    await database.db.execute(sql`select count(*)::int as n from events`),
  );
  console.log(
    `${STUDENTS} students, ${count!.n} events recorded in ${(fillMs / 1000).toFixed(1)} s`,
  );

  const plan = rowsOf<{ 'QUERY PLAN': string }>(
    await database.db.execute(
      sql`explain select * from events where class_id = ${klass.id} order by seq`,
    ),
  );
  console.log(`query plan: ${plan.map((r) => r['QUERY PLAN'].trim()).join(' | ')}`);

  for (const [label, run] of [
    [
      'the query alone',
      () => resultEventsOfClass(database.db, klass.id).then(() => ({ ok: true })),
    ],
    ['classResults', () => classResults(classroom, teacher, klass.id)],
    ['results.csv', () => exportResultsCsv(classroom, teacher, klass.id)],
    ['xapi.jsonl', () => exportXapi(classroom, teacher, klass.id, 'https://class.example')],
  ] as const) {
    const times: number[] = [];
    for (let k = 0; k < RUNS; k += 1) {
      const [result, ms] = await timed(run as () => Promise<{ ok: boolean }>);
      if (!result.ok) throw new Error(`${label} refused`);
      times.push(ms);
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log(
      `${label}: first ${times[0]!.toFixed(0)} ms, median of ${RUNS} ${sorted[Math.floor(RUNS / 2)]!.toFixed(0)} ms`,
    );
  }
  await database.close();
}

await main();
