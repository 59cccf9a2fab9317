/**
 * Properties of the span score that must hold for any selection a student can make, checked on
 * the hand-built article and on Spot keys built from the real seed annotations.
 */
import fc from 'fast-check';
import type { Span } from '../corpus/types';
import { ARTICLE } from './quiz.testdata';
import { scoreSpot } from './score-spot';
import { LATIMES, SPECTRUM } from './seed.testdata';
import { buildSpotKey, validateSpotKey, type SpotKey, type SpotTarget } from './spot-key';
import { tokenize } from './words';

const cases: [string, string, SpotKey][] = (
  [
    ['fixture cues', ARTICLE, { kinds: ['attribution'], role: 'cue' }],
    ['fixture loaded wording', ARTICLE, { layer: 'loaded-wording', includeHeadline: true }],
    ['LA Times cues', LATIMES, { kinds: ['attribution'], role: 'cue' }],
    ['LA Times sources in paragraphs 1–8', LATIMES, { kinds: ['attribution'], role: 'source', paragraphs: [1, 8] }],
    ['LA Times loaded wording', LATIMES, { layer: 'loaded-wording' }],
    ['LA Times unverified claims', LATIMES, { layer: 'claims' }],
    ['Spectrum cues', SPECTRUM, { kinds: ['attribution'], role: 'cue' }],
    ['Spectrum loaded wording', SPECTRUM, { layer: 'loaded-wording' }],
  ] as const
).map(([name, article, target]) => [name, article.text, buildSpotKey(article, target as SpotTarget)]);

const required = (key: SpotKey) => key.gold.filter((g) => !g.borderline);

describe.each(cases)('the score on %s', (_name, text, key) => {
  const score = (selections: readonly Span[]) => scoreSpot(text, key, selections).score;
  const { start, end } = key.passage;
  const offset = fc.integer({ min: start, max: end });
  const selection = fc.tuple(offset, offset).map(([a, b]): Span => ({ start: Math.min(a, b), end: Math.max(a, b) }));
  const selections = fc.array(selection, { maxLength: 6 });
  const goldPart = fc.constantFrom(...required(key)).chain((g) =>
    fc.constantFrom<Span>(g.span, g.extent, { start: Math.min(g.span.start, g.extent.start), end: g.span.end }),
  );

  test('is a key the lesson checker accepts', () => {
    expect(validateSpotKey(key, text)).toBeNull();
  });

  test('stays between 0 and 1 whatever is selected', () => {
    fc.assert(
      fc.property(selections, (s) => {
        const value = score(s);
        return value >= 0 && value <= 1;
      }),
    );
  });

  test('is 1 for exactly the answers, 0 for nothing and 0 for the whole passage', () => {
    expect(score(required(key).map((g) => g.span))).toBe(1);
    expect(score([])).toBe(0);
    expect(score([key.passage])).toBe(0);
  });

  test('never goes down when a right answer or its allowed words are added', () => {
    fc.assert(fc.property(selections, goldPart, (s, g) => score([...s, g]) >= score(s) - 1e-12));
  });

  test('does not depend on the order of the selections', () => {
    fc.assert(
      fc.property(selections, fc.func(fc.integer()), (s, key) => {
        const shuffled = [...s].sort((a, b) => key(a) - key(b));
        return score(shuffled) === score(s);
      }),
    );
  });

  test('does not change when a selection takes in spaces or punctuation between words', () => {
    const words = tokenize(text, key.passage);
    // A selection padded out to anywhere in the gaps around its first and last word.
    const padded = fc
      .tuple(fc.integer({ min: 0, max: words.length - 1 }), fc.nat(3), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([i, length, before, after]) => {
        const j = Math.min(words.length - 1, i + length);
        const first = words[i]!;
        const last = words[j]!;
        const gapStart = i === 0 ? start : words[i - 1]!.end;
        const gapEnd = j === words.length - 1 ? end : words[j + 1]!.start;
        return {
          exact: { start: first.start, end: last.end },
          padded: {
            start: first.start - Math.floor((first.start - gapStart) * before),
            end: last.end + Math.floor((gapEnd - last.end) * after),
          },
        };
      });
    fc.assert(
      fc.property(fc.array(padded, { maxLength: 4 }), (picks) =>
        score(picks.map((p) => p.padded)) === score(picks.map((p) => p.exact)),
      ),
    );
  });
});
