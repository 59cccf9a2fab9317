import fc from 'fast-check';
import { aggregateChoices, aggregateSpans } from './aggregate';
import { TEXT, at } from './quiz.testdata';
import { normaliseSelections } from './selections';

const passage = at('Analysts say the strikes could continue.');

describe('aggregateSpans', () => {
  test('counts per word how many students selected it', () => {
    const { tokens, counts } = aggregateSpans(TEXT, passage, [[at('say')], [at('Analysts say')], [at('could continue')]]);
    expect(tokens.map((t, i) => `${t.text}:${counts[i]}`)).toEqual(['Analysts:1', 'say:2', 'the:0', 'strikes:0', 'could:1', 'continue:1']);
  });

  test('counts a student once per word, however often they selected it', () => {
    const { counts } = aggregateSpans(TEXT, passage, [[at('say'), at('Analysts say'), at('say ')]]);
    expect(counts.slice(0, 3)).toEqual([1, 1, 0]);
  });

  test('ignores what lies outside the passage and selections inside words count the whole word', () => {
    const { counts } = aggregateSpans(TEXT, passage, [[at('Rescue'), { start: at('strikes', 2).start + 2, end: at('strikes', 2).start + 4 }]]);
    expect(counts).toEqual([0, 0, 0, 1, 0, 0]);
  });
});

test('counts the same words a scored answer would select', () => {
  const offset = fc.integer({ min: 0, max: TEXT.length });
  const span = fc.tuple(offset, offset).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
  const whole = { start: 0, end: TEXT.length };
  fc.assert(
    fc.property(fc.array(fc.array(span, { maxLength: 5 }), { maxLength: 8 }), (submissions) => {
      const { tokens, counts } = aggregateSpans(TEXT, whole, submissions);
      const expected = tokens.map(
        (t) => submissions.filter((s) => normaliseSelections(TEXT, s).some((r) => r.start < t.end && t.start < r.end)).length,
      );
      expect(counts).toEqual(expected);
    }),
  );
});

describe('aggregateChoices', () => {
  test('counts per option how many students chose it, once each', () => {
    expect(aggregateChoices([['a'], ['a', 'b'], ['b', 'b'], []])).toEqual({ a: 2, b: 2 });
  });
});
