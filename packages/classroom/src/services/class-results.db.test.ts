import type { StoredAnswer } from '@sayswho/core/quiz';
import type { ExerciseSpec } from '@sayswho/lessons';
import type { Database } from '../db/open-database';
import { xapiStatementSchema } from '../exports/xapi-statement-schema';
import { ANSWERED, marksExtension, pseudonym } from '../exports/xapi-statements';
import type { JoinedStudent } from '../testing/fixtures';
import { aClass, aStudent, aTeacher, anEvent, batch, value } from '../testing/fixtures';
import { kitLessons, testClassroom, type TestClassroom } from '../testing/test-classroom';
import { useTestDatabase } from '../testing/use-test-database';
import { classResults, studentWork, type ExerciseView } from './class-results';
import { exportResultsCsv, exportXapi } from './result-exports';
import { reviewRewrite } from './reviews';
import { recordEvents } from './sync';

let database: Database;
let classroom: TestClassroom;
useTestDatabase((opened) => (database = opened));
beforeEach(() => {
  classroom = testClassroom(database);
});

const ORIGIN = 'https://class.school.example';
const lesson = () => kitLessons().find((l) => l.slug === 'battered-or-clobbered')!;
const exercise = (id: string): ExerciseSpec => lesson().exercises.find((e) => e.id === id)!;
const spot = () => exercise('find-loaded');
const choice = () => exercise('battered-or-clobbered');
const rewrite = () => exercise('rewrite-battered');

function spotKey() {
  const { key, public: spec } = spot();
  if (key.type !== 'spot' || spec.type !== 'spot') throw new Error('find-loaded is a Spot');
  return { gold: key.key.gold.filter((g) => !g.borderline), text: spec.passage.text, key: key.key };
}
function choiceOptions() {
  const { key } = choice();
  if (key.type !== 'choice') throw new Error('battered-or-clobbered is a Choice');
  return {
    right: key.key.options.filter((o) => o.correct).map((o) => o.id),
    wrong: key.key.options.find((o) => !o.correct)!.id,
  };
}
/** A word of the passage outside every key item and its allowed words. */
function aWrongWord() {
  const { key, text } = spotKey();
  const allowed = key.gold.map((g) => g.extent);
  const match = [...text.slice(key.passage.start, key.passage.end).matchAll(/\p{L}{4,}/gu)]
    .map((m) => ({
      start: key.passage.start + m.index,
      end: key.passage.start + m.index + m[0].length,
    }))
    .find((w) => !allowed.some((e) => e.start < w.end && w.start < e.end))!;
  return { span: match, word: text.slice(match.start, match.end) };
}

async function send(who: JoinedStudent, ...events: ReturnType<typeof anEvent>[]) {
  value(await recordEvents(classroom, who.student, batch(...events)));
}
const at = (minutes: number) =>
  new Date(Date.UTC(2025, 2, 10, 9, 0) + minutes * 60_000).toISOString();
const event = (
  ex: ExerciseSpec,
  kind: 'answer' | 'check' | 'hint' | 'show-answer',
  answer: StoredAnswer | undefined,
  minutes: number,
) => anEvent(lesson(), ex, kind, answer, { at: at(minutes) });

async function aClassAtWork() {
  const teacher = await aTeacher(classroom);
  const klass = await aClass(classroom, teacher, ['battered-or-clobbered']);
  const sam = await aStudent(classroom, klass, 'Sam');
  const ana = await aStudent(classroom, klass, 'Ana');
  const lee = await aStudent(classroom, klass, 'Lee');
  const { gold } = spotKey();
  const wrong = aWrongWord();
  const { right, wrong: wrongOption } = choiceOptions();
  const samRewrite = event(
    rewrite(),
    'check',
    { type: 'rewrite', text: 'Russia hit the city.' },
    31,
  );
  // Sam: two Checks on the Spot (the first finds one item, the second all) with a hint between,
  // then a wrong word added, unchecked; the Choice right at last; a rewrite after 26 minutes away.
  await send(
    sam,
    event(spot(), 'check', { type: 'spot', spans: [gold[0]!.span] }, 0),
    event(spot(), 'hint', undefined, 1),
    event(spot(), 'check', { type: 'spot', spans: gold.map((g) => g.span) }, 2),
    event(spot(), 'answer', { type: 'spot', spans: [...gold.map((g) => g.span), wrong.span] }, 3),
    event(choice(), 'check', { type: 'choice', chosen: [wrongOption] }, 4),
    event(choice(), 'check', { type: 'choice', chosen: right }, 5),
    samRewrite,
  );
  // Ana: marks the first item and the same wrong word, never checks; the Choice wrong, then shown.
  await send(
    ana,
    event(spot(), 'answer', { type: 'spot', spans: [gold[0]!.span, wrong.span] }, 0),
    event(choice(), 'check', { type: 'choice', chosen: [wrongOption] }, 1),
    event(choice(), 'show-answer', undefined, 2),
  );
  return { teacher, klass, sam, ana, lee, wrong, samRewrite };
}

function viewOf<T extends ExerciseView['type']>(
  results: { exercises: readonly { exerciseId: string; view: ExerciseView }[] },
  id: string,
): ExerciseView & { type: T } {
  return results.exercises.find((e) => e.exerciseId === id)!.view as ExerciseView & { type: T };
}

describe('the class’s results', () => {
  test('each student’s progress per exercise: stage, attempts, hints, best score, answer shown', async () => {
    const { teacher, klass } = await aClassAtWork();
    const results = value(await classResults(classroom, teacher, klass.id));
    const row = (name: string, id: string) =>
      results.students.find((s) => s.name === name)!.exercises.find((e) => e.exerciseId === id)!;
    expect(row('Sam', 'find-loaded')).toMatchObject({
      status: 'checked',
      attempts: 2,
      hints: 1,
      bestScore: 1,
    });
    expect(row('Sam', 'battered-or-clobbered')).toMatchObject({
      status: 'checked',
      attempts: 2,
      bestScore: 1,
    });
    expect(row('Ana', 'find-loaded')).toMatchObject({
      status: 'working',
      attempts: 0,
      bestScore: null,
    });
    expect(row('Ana', 'battered-or-clobbered')).toMatchObject({
      status: 'answer-shown',
      answerShown: true,
      bestScore: 0,
    });
    expect(row('Lee', 'find-loaded')).toMatchObject({ status: 'not-started', attempts: 0 });
    expect(results.exercises.find((e) => e.exerciseId === 'find-loaded')!.statuses).toEqual({
      'not-started': 1,
      working: 1,
      checked: 1,
      'answer-shown': 0,
    });
  });

  test('each student’s last seen time is the server’s, and active time leaves out long pauses', async () => {
    const before = new Date();
    const { teacher, klass } = await aClassAtWork();
    const results = value(await classResults(classroom, teacher, klass.id));
    const [sam, ana, lee] = results.students;
    expect(sam!.lastSeenAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    // Sam: 0 → 1 → 2 → 4 → 5 minutes, then 26 minutes away.
    expect(sam!.activeSeconds).toBe(5 * 60);
    expect(ana!.activeSeconds).toBe(2 * 60);
    expect(lee).toMatchObject({ name: 'Lee', lastSeenAt: null, activeSeconds: 0 });
  });

  test('the Spot heatmap counts the students whose last answer marks each word, with what they missed and got wrong', async () => {
    const { teacher, klass, wrong } = await aClassAtWork();
    const { gold } = spotKey();
    const { passage } = viewOf<'spot'>(
      value(await classResults(classroom, teacher, klass.id)),
      'find-loaded',
    );
    const markedAt = (offset: number) =>
      passage.marked[passage.tokens.findIndex((t) => t.start <= offset && offset < t.end)];
    expect(passage.answered).toBe(2);
    expect(markedAt(gold[0]!.span.start)).toBe(2);
    expect(markedAt(gold[1]!.span.start)).toBe(1);
    expect(passage.wrongWords[0]).toMatchObject({ text: wrong.word, marked: 2 });
    // Ana's last answer found only the first item: every other one is missed once.
    expect(passage.missedItems.map((m) => [m.goldId, m.missed])).toEqual(
      gold.slice(1).map((g) => [g.id, 1]),
    );
  });

  test('the Choice spread counts last answers, the right option marked, and the difficult items name their exercise', async () => {
    const { teacher, klass } = await aClassAtWork();
    const { right, wrong } = choiceOptions();
    const results = value(await classResults(classroom, teacher, klass.id));
    const { options } = viewOf<'choice'>(results, 'battered-or-clobbered');
    expect(options.options.find((o) => o.id === right[0])).toEqual({
      id: right[0],
      correct: true,
      chosen: 1,
    });
    expect(options.options.find((o) => o.id === wrong)).toEqual({
      id: wrong,
      correct: false,
      chosen: 1,
    });
    const prompt = choice()
      .public.promptHtml.replace(/<[^>]*>/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    expect(results.difficult.find((d) => d.exerciseId === 'battered-or-clobbered')).toEqual({
      lessonSlug: 'battered-or-clobbered',
      exerciseId: 'battered-or-clobbered',
      label: prompt,
      missed: 1,
      answered: 2,
    });
    // Half the class missed each of those, and nobody missed anything else.
    expect(results.difficult.every((d) => d.missed / d.answered === 0.5)).toBe(true);
  });

  test('each student’s last rewrite comes with its automatic verdict and the teacher’s review', async () => {
    const { teacher, klass, sam, samRewrite } = await aClassAtWork();
    value(
      await reviewRewrite(classroom, teacher, {
        classId: klass.id,
        eventId: samRewrite.id,
        verdict: 'fair',
        comment: 'Plain and fair.',
      }),
    );
    const { rewrites } = viewOf<'rewrite'>(
      value(await classResults(classroom, teacher, klass.id)),
      'rewrite-battered',
    );
    expect(rewrites).toEqual([
      {
        studentId: sam.student.id,
        eventId: samRewrite.id,
        text: 'Russia hit the city.',
        verdict: expect.any(String),
        review: { verdict: 'fair', comment: 'Plain and fair.', reviewedAt: expect.any(Date) },
      },
    ]);
  });

  test('another teacher gets nothing: the class is not found', async () => {
    const { klass } = await aClassAtWork();
    const okafor = await aTeacher(classroom, 'Mr Okafor');
    const notFound = { ok: false, status: 404, code: 'not-found' };
    expect(await classResults(classroom, okafor, klass.id)).toMatchObject(notFound);
    expect(await exportResultsCsv(classroom, okafor, klass.id)).toMatchObject(notFound);
    expect(await exportXapi(classroom, okafor, klass.id, ORIGIN)).toMatchObject(notFound);
  });
});

describe('one student’s work', () => {
  test('each exercise’s last answer as the device sent it, with the same progress as the class view', async () => {
    const { teacher, klass, sam, wrong } = await aClassAtWork();
    const { gold } = spotKey();
    const work = value(await studentWork(classroom, teacher, klass.id, sam.student.id));
    const on = (id: string) => work.exercises.find((e) => e.exerciseId === id)!;
    expect(work).toMatchObject({ name: 'Sam', activeSeconds: 5 * 60 });
    // The last answer is the unchecked one with the wrong word, not the best Check's.
    expect(on('find-loaded')).toMatchObject({
      status: 'checked',
      attempts: 2,
      hints: 1,
      bestScore: 1,
      lessonTitle: lesson().frontmatter!.title,
      lastAnswer: { type: 'spot', spans: [...gold.map((g) => g.span), wrong.span] },
    });
    expect(on('find-loaded').exercise.public.type).toBe('spot');
    expect(on('rewrite-battered').lastAnswer).toEqual({
      type: 'rewrite',
      text: 'Russia hit the city.',
    });
  });

  test('a student of another class, another teacher or no student at all is not found', async () => {
    const { teacher, klass, sam } = await aClassAtWork();
    const okafor = await aTeacher(classroom, 'Mr Okafor');
    const hisClass = await aClass(classroom, okafor, ['battered-or-clobbered']);
    const notFound = { ok: false, status: 404, code: 'not-found' };
    expect(await studentWork(classroom, okafor, klass.id, sam.student.id)).toMatchObject(notFound);
    expect(await studentWork(classroom, okafor, hisClass.id, sam.student.id)).toMatchObject(
      notFound,
    );
    expect(await studentWork(classroom, teacher, klass.id, 'not-a-student')).toMatchObject(
      notFound,
    );
  });
});

describe('sorting and comparing across the class', () => {
  const lessonOf = (slug: string) => kitLessons().find((l) => l.slug === slug)!;
  const find = (slug: string, id: string) => lessonOf(slug).exercises.find((e) => e.id === id)!;

  test('Classify and Compare (kind) spread each item over the categories, the right one marked', async () => {
    const teacher = await aTeacher(classroom);
    const klass = await aClass(classroom, teacher, ['who-says-so', 'one-story-two-outlets']);
    const sam = await aStudent(classroom, klass, 'Sam');
    const ana = await aStudent(classroom, klass, 'Ana');
    const classify = find('who-says-so', 'sort-sources');
    const kind = find('one-story-two-outlets', 'name-the-difference');
    if (
      classify.key.type !== 'classify' ||
      kind.key.type !== 'compare' ||
      kind.public.type !== 'compare'
    )
      throw new Error(
        'the lessons changed: sort-sources is a Classify, name-the-difference a Compare',
      );
    const items = classify.key.key.items;
    const categories = classify.key.key.categories.map((c) => c.id);
    const otherThan = (id: string) => categories.find((c) => c !== id)!;
    const rightKind = (n: number) => {
      const k = kind.key.type === 'compare' ? kind.key.keys[n] : undefined;
      return k?.mode === 'kind' ? k.choice.options.find((o) => o.correct)!.id : '';
    };
    const [first] = kind.public.differences;
    const rightPlaces = Object.fromEntries(items.map((i) => [i.id, i.category]));
    const send = async (who: JoinedStudent, placed: Record<string, string>, kindOfFirst: string) =>
      value(
        await recordEvents(
          classroom,
          who.student,
          batch(
            anEvent(lessonOf('who-says-so'), classify, 'check', { type: 'classify', placed }),
            anEvent(lessonOf('one-story-two-outlets'), kind, 'answer', {
              type: 'classify',
              placed: { [first!.id]: kindOfFirst },
            }),
          ),
        ),
      );
    await send(sam, rightPlaces, rightKind(0));
    await send(
      ana,
      { ...rightPlaces, [items[0]!.id]: otherThan(items[0]!.category) },
      rightKind(0),
    );

    const results = value(await classResults(classroom, teacher, klass.id));
    const sorted = viewOf<'classify'>(results, 'sort-sources').items;
    expect(sorted[0]).toMatchObject({
      id: items[0]!.id,
      label: items[0]!.text,
      answered: 2,
      wrong: 1,
    });
    expect(sorted[0]!.categories.find((c) => c.correct)).toEqual({
      id: items[0]!.category,
      correct: true,
      chosen: 1,
    });
    expect(sorted.slice(1).every((i) => i.wrong === 0 && i.answered === 2)).toBe(true);
    const named = viewOf<'compare-kind'>(results, 'name-the-difference').items;
    expect(named[0]).toMatchObject({ id: first!.id, answered: 2, wrong: 0 });
    expect(named[0]!.categories.find((c) => c.correct)).toMatchObject({
      id: rightKind(0),
      chosen: 2,
    });
    expect(results.difficult).toEqual([
      expect.objectContaining({
        exerciseId: 'sort-sources',
        label: items[0]!.text,
        missed: 1,
        answered: 2,
      }),
    ]);
  });
});

describe('results.csv', () => {
  test('one row per student and exercise, with the last answer as text, and no cell a spreadsheet would run', async () => {
    const { teacher, klass, wrong } = await aClassAtWork();
    await aStudent(classroom, klass, '=HYPERLINK("http://x")');
    const csv = value(await exportResultsCsv(classroom, teacher, klass.id));
    const lines = csv
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    expect(lines[0]).toBe(
      'student,lesson,exercise,status,attempts,hints,best score (%),answer shown,last answer',
    );
    expect(lines).toHaveLength(1 + 4 * lesson().exercises.length);
    const samSpot = lines.find((l) => l.startsWith('Sam,battered-or-clobbered,find-loaded,'))!;
    expect(samSpot).toContain(',checked,2,1,100,no,');
    expect(samSpot).toContain(`“${wrong.word}”`);
    expect(lines).toContain(
      'Ana,battered-or-clobbered,battered-or-clobbered,answer-shown,1,0,0,yes,' +
        csvText(choice(), choiceOptions().wrong),
    );
    expect(
      lines
        .filter((l) => l.includes('HYPERLINK'))
        .every((l) => l.startsWith(`"'=HYPERLINK(""http://x"")",`)),
    ).toBe(true);
  });
});

function csvText(ex: ExerciseSpec, optionId: string): string {
  const spec = ex.public;
  if (spec.type !== 'choice') throw new Error('not a Choice');
  const text = spec.options
    .find((o) => o.id === optionId)!
    .html.replace(/<[^>]*>/g, '')
    .trim();
  return /[",]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

describe('xapi.jsonl', () => {
  async function statements() {
    const setting = await aClassAtWork();
    const file = value(await exportXapi(classroom, setting.teacher, setting.klass.id, ORIGIN));
    return {
      ...setting,
      statements: file
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)),
    };
  }

  test('one valid xAPI 1.0.3 statement per Check that counted, each with the Check’s own id', async () => {
    const { statements: all } = await statements();
    expect(all).toHaveLength(6);
    for (const statement of all)
      expect(xapiStatementSchema.safeParse(statement).error).toBeUndefined();
    expect(new Set(all.map((s) => s.id)).size).toBe(6);
    expect(all.every((s) => s.verb.id === ANSWERED && s.version === '1.0.3')).toBe(true);
  });

  test('the actor is a pseudonymous account on this server: never the name, the same for each of a student’s Checks', async () => {
    const { statements: all, klass, sam } = await statements();
    const sams = all.filter((s) => s.actor.account.name === pseudonym(klass.id, sam.student.id));
    expect(sams).toHaveLength(5);
    expect(sams[0].actor).toEqual({
      objectType: 'Agent',
      account: { homePage: ORIGIN, name: expect.stringMatching(/^[0-9a-f]{32}$/) },
    });
    expect(JSON.stringify(all)).not.toMatch(/"Sam"|"Ana"|\bSam\b|\bAna\b/);
    expect(JSON.stringify(all)).not.toContain(sam.student.id);
  });

  test('a Spot Check holds its score and its marks as W3C selectors of the words marked', async () => {
    const { statements: all } = await statements();
    const { gold, text } = spotKey();
    const checks = all.filter(
      (s) => s.object.id === `${ORIGIN}/lessons/battered-or-clobbered#find-loaded`,
    );
    expect(checks.map((s) => s.object.definition.interactionType)).toEqual(['other', 'other']);
    expect(checks.map((s) => s.timestamp)).toEqual([
      '2025-03-10T09:00:00.000Z',
      '2025-03-10T09:02:00.000Z',
    ]);
    expect(checks[0].result.score.scaled).toBeLessThan(checks[1].result.score.scaled);
    expect(checks[1].result).toMatchObject({ score: { scaled: 1 }, success: true });
    const [first] = checks[0].result.extensions[marksExtension(ORIGIN)];
    expect(first.selector).toEqual([
      expect.objectContaining({
        type: 'TextQuoteSelector',
        exact: text.slice(gold[0]!.span.start, gold[0]!.span.end),
      }),
      expect.objectContaining({ type: 'TextPositionSelector' }),
    ]);
    expect(checks[1].result.extensions[marksExtension(ORIGIN)]).toHaveLength(gold.length);
  });

  test('a Choice Check is a choice interaction with its right answer; a rewrite is long fill-in with no right answer', async () => {
    const { statements: all, klass, sam } = await statements();
    const { right } = choiceOptions();
    const samsName = pseudonym(klass.id, sam.student.id);
    const choices = all.filter(
      (s) => s.object.id.endsWith('#battered-or-clobbered') && s.actor.account.name === samsName,
    );
    expect(choices[0].object.definition).toMatchObject({
      interactionType: 'choice',
      correctResponsesPattern: [right.join('[,]')],
    });
    expect(choices.map((s) => [s.result.response, s.result.success])).toEqual([
      [choiceOptions().wrong, false],
      [right.join('[,]'), true],
    ]);
    const rewritten = all.find((s) => s.object.id.endsWith('#rewrite-battered'));
    expect(rewritten.object.definition.interactionType).toBe('long-fill-in');
    expect(rewritten.object.definition).not.toHaveProperty('correctResponsesPattern');
    expect(rewritten.result).toMatchObject({ response: 'Russia hit the city.' });
    expect(rewritten.result).not.toHaveProperty('score');
  });
});
