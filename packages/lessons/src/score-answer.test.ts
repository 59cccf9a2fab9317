import { loadCorpus } from '@sayswho/core';
import type { StoredAnswer } from '@sayswho/core/quiz';
import { automaticHints } from './automatic-hints';
import { checkLessons, readLessonSources } from './check-lessons';
import type { ExerciseKey, ExercisePublic, ExerciseSpec } from './exercise-spec';
import { ANSWER_MISFIT, passedCheck, scoreAnswer } from './score-answer';

// The real lessons: between them they hold every exercise type, and Compare in both modes.
const { corpus } = loadCorpus();
const kit = checkLessons(readLessonSources(), corpus);

function exercise<T extends ExerciseSpec['type']>(
  type: T,
  mode?: 'spot' | 'kind',
): {
  spec: Extract<ExercisePublic, { type: T }>;
  key: Extract<ExerciseKey, { type: T }>;
} {
  const found = kit.lessons
    .flatMap((l) => l.exercises)
    .find(
      (e) => e.type === type && (!mode || (e.public.type === 'compare' && e.public.mode === mode)),
    );
  if (!found) throw new Error(`no ${type} exercise in the lessons`);
  return { spec: found.public, key: found.key } as never;
}

const judge = (ex: { spec: ExercisePublic; key: ExerciseKey }, answer: StoredAnswer) =>
  scoreAnswer(ex.spec, ex.key, answer);

describe('a Spot answer', () => {
  const spot = exercise('spot');
  const answers = spot.key.key.gold.filter((g) => !g.borderline).map((g) => g.span);

  test('selecting exactly the answers scores 1, with the core’s summary', () => {
    const j = judge(spot, { type: 'spot', spans: answers });
    expect(j).toMatchObject({ ok: true, type: 'spot', score: 1 });
    expect(j.ok && j.summary).toMatch(/Score: 100%/);
  });

  test('leaving one answer out costs that answer’s share', () => {
    const j = judge(spot, { type: 'spot', spans: answers.slice(1) });
    expect(j.ok && j.score).toBeCloseTo((answers.length - 1) / answers.length);
  });

  test('nothing selected is not an attempt, and says what to do', () => {
    expect(judge(spot, { type: 'spot', spans: [] })).toEqual({
      ok: false,
      reason: 'Select at least one word in the passage before you check your answer.',
    });
  });
});

describe('a Choice answer', () => {
  const choice = exercise('choice');
  const right = choice.key.key.options.filter((o) => o.correct).map((o) => o.id);
  const wrong = choice.key.key.options.find((o) => !o.correct)!.id;

  test('the right option scores 1; a wrong one scores 0', () => {
    expect(judge(choice, { type: 'choice', chosen: right })).toMatchObject({ ok: true, score: 1 });
    expect(judge(choice, { type: 'choice', chosen: [wrong] })).toMatchObject({
      ok: true,
      score: 0,
    });
  });

  test('choosing nothing is not an attempt', () => {
    expect(judge(choice, { type: 'choice', chosen: [] })).toMatchObject({ ok: false });
  });
});

test('a Classify answer earns each item’s share', () => {
  const classify = exercise('classify');
  const items = classify.key.key.items;
  const placed = Object.fromEntries(items.map((i) => [i.id, i.category]));
  expect(judge(classify, { type: 'classify', placed })).toMatchObject({ ok: true, score: 1 });
  const other = classify.key.key.categories.find((c) => c.id !== items[0]!.category)!.id;
  const oneWrong = { ...placed, [items[0]!.id]: other };
  const j = judge(classify, { type: 'classify', placed: oneWrong });
  expect(j.ok && j.score).toBeCloseTo((items.length - 1) / items.length);
});

describe('a Rewrite answer', () => {
  const rewrite = exercise('rewrite');

  test('is never scored: the plain version goes to the teacher and finishes the exercise', () => {
    const loaded = rewrite.key.key.loaded;
    const plain = loaded.reduce(
      (text, l) => text.replace(l.text, l.alternatives[0]!),
      rewrite.spec.original,
    );
    const j = judge(rewrite, { type: 'rewrite', text: plain });
    expect(j).toMatchObject({ ok: true, type: 'rewrite', score: null, completed: true });
    expect(j.ok && j.summary).toMatch(/^Ready for your teacher\. /);
  });

  test('the sentence as published is an attempt that does not finish it', () => {
    const j = judge(rewrite, { type: 'rewrite', text: rewrite.spec.original });
    expect(j).toMatchObject({ ok: true, score: null, completed: false });
    expect(j.ok && j.summary).toMatch(/^Not changed yet\. /);
  });

  test('an empty text is not an attempt', () => {
    expect(judge(rewrite, { type: 'rewrite', text: '  ' })).toMatchObject({ ok: false });
  });
});

describe('a Compare answer', () => {
  test('marking every difference on both sides scores 1 (mode "spot")', () => {
    const compare = exercise('compare', 'spot');
    const key = compare.key.keys[0]!;
    if (key.mode !== 'spot') throw new Error('expected a spot key');
    const gold = (k: typeof key.from) => k.gold.filter((g) => !g.borderline).map((g) => g.span);
    const j = judge(compare, { type: 'compare', from: gold(key.from), to: gold(key.to) });
    expect(j).toMatchObject({ ok: true, type: 'compare-spot', score: 1 });
  });

  test('naming every kind scores 1 and says how many were named (mode "kind")', () => {
    const compare = exercise('compare', 'kind');
    const placed = Object.fromEntries(
      compare.spec.differences.map((d, n) => {
        const key = compare.key.keys[n]!;
        if (key.mode !== 'kind') throw new Error('expected a kind key');
        return [d.id, key.choice.options.find((o) => o.correct)!.id];
      }),
    );
    const total = compare.spec.differences.length;
    expect(judge(compare, { type: 'classify', placed })).toMatchObject({
      ok: true,
      type: 'compare-kind',
      score: 1,
      summary: `${total} of ${total} named correctly.`,
    });
    expect(judge(compare, { type: 'classify', placed: {} })).toMatchObject({ ok: false });
  });
});

test('an answer of another exercise’s shape is refused, not scored', () => {
  expect(judge(exercise('spot'), { type: 'choice', chosen: ['option-1'] })).toEqual({
    ok: false,
    reason: ANSWER_MISFIT,
  });
  expect(judge(exercise('compare', 'kind'), { type: 'compare', from: [], to: [] })).toEqual({
    ok: false,
    reason: ANSWER_MISFIT,
  });
});

test('automatic hints: Spot and Compare "spot" keys give steps, the other types none', () => {
  expect(automaticHints(exercise('spot').key)[0]).toMatch(/^Look for /);
  expect(automaticHints(exercise('compare', 'spot').key).length).toBeGreaterThan(1);
  expect(automaticHints(exercise('choice').key)).toEqual([]);
  expect(automaticHints(exercise('rewrite').key)).toEqual([]);
});

describe('whether a Check finishes the exercise', () => {
  const spot = exercise('spot');
  const answers = spot.key.key.gold.filter((g) => !g.borderline).map((g) => g.span);
  const policy = (passMark: number) => ({ ...spot.spec.policy, passMark });

  test('a score at or above the pass mark does; below it does not', () => {
    const most = judge(spot, { type: 'spot', spans: answers.slice(1) });
    const score = most.ok ? most.score! : NaN;
    expect(passedCheck(most, policy(score))).toBe(true);
    expect(passedCheck(most, policy(Math.min(1, score + 0.01)))).toBe(false);
  });

  test('a rewrite finishes it when it is ready for the teacher, whatever the pass mark', () => {
    const rewrite = exercise('rewrite');
    const plain = rewrite.key.key.loaded.reduce(
      (text, l) => text.replace(l.text, l.alternatives[0]!),
      rewrite.spec.original,
    );
    const ready = judge(rewrite, { type: 'rewrite', text: plain });
    const unchanged = judge(rewrite, { type: 'rewrite', text: rewrite.spec.original });
    expect(passedCheck(ready, { ...rewrite.spec.policy, passMark: 1 })).toBe(true);
    expect(passedCheck(unchanged, { ...rewrite.spec.policy, passMark: 0 })).toBe(false);
  });

  test('an answer that is not an attempt never does', () => {
    expect(passedCheck(judge(spot, { type: 'spot', spans: [] }), policy(0))).toBe(false);
  });
});
