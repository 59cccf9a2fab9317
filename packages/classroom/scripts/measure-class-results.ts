/**
 * How long a big class's results take on PGlite: 300 students with 30 events each (Spot, Choice,
 * Classify and Rewrite answers, Checks and hints), in an in-memory database. A measurement, not
 * a test: it prints the figures.
 *
 *   cd packages/classroom && npx tsx scripts/measure-class-results.ts
 */
import { performance } from 'node:perf_hooks';
import { loadCorpus } from '@sayswho/core';
import { checkLessons, readLessonSources } from '@sayswho/lessons';
import { sql } from 'drizzle-orm';
import { resultEventsSince } from '../src/db/queries/results';
import { rowsOf } from '../src/db/rows';
import { classResults } from '../src/services/class-results';
import { exportResultsCsv, exportXapi } from '../src/services/result-exports';
import { fillBigClass } from '../src/testing/big-class';

/** `STUDENTS=100 npx tsx …` for a quicker look. */
const STUDENTS = Number(process.env.STUDENTS ?? 300);
const RUNS = 5;
const EVENTS_EACH = 30;

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await run();
  return [value, performance.now() - started];
}

async function main() {
  const { corpus } = loadCorpus();
  const lessons = checkLessons(readLessonSources(), corpus).lessons;
  // Two hours of joining: a class admits 200 joins an hour.
  const [{ classroom, teacher, klass }, fillMs] = await timed(() =>
    fillBigClass({
      lessons,
      students: STUDENTS,
      eventsEach: EVENTS_EACH,
      startAt: new Date('2025-03-10T08:00:00Z'),
      endsOn: '2025-06-30',
      origin: 'http://localhost',
    }),
  );
  const { database } = classroom;
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
      () => resultEventsSince(database.db, klass.id, 0).then(() => ({ ok: true })),
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
