/**
 * Scoring was made fast (issue 20: words cut once per passage, a layout per key, word ranges
 * instead of re-tokenizing); a student or a teacher must not see a single result change. The
 * code it replaced is kept as the oracle (scoring-before-issue-20.testdata.ts) rather than its
 * results recorded: fresh random selections on every run reach cases no recorded set would, on
 * every key the fixture and seed articles give, including passages that start or end inside a
 * word or a character and offsets outside the passage, between characters or not numbers at all.
 */
import fc from 'fast-check';
import type { Article, Span } from '../corpus/types';
import { aggregateSpans } from './aggregate';
import { ARTICLE } from './quiz.testdata';
import { measureSpot, scoreCounts, validateSpot } from './score-spot';
import * as before from './scoring-before-issue-20.testdata';
import { LATIMES, SPECTRUM } from './seed.testdata';
import { buildSpotKey, type SpotKey, type SpotTarget } from './spot-key';

const TARGETS: readonly SpotTarget[] = [
  { kinds: ['attribution'], role: 'cue' },
  { kinds: ['attribution'], role: 'source' },
  { layer: 'attribution' },
  { kinds: ['attribution'], role: 'content', paragraphs: [2, 5] },
  { layer: 'claims' },
  { layer: 'loaded-wording', includeHeadline: true, includeSummary: true },
  { layer: 'structure', includeHeadline: true },
];
const ARTICLES: readonly Article[] = [ARTICLE, LATIMES, SPECTRUM];

const keys = ARTICLES.flatMap((article) =>
  TARGETS.map((target) => ({ name: `${article.id} ${JSON.stringify(target)}`, text: article.text, key: buildSpotKey(article, target) })),
);

/** The passage as the key has it, or one that starts and ends inside words or characters. */
function oddPassages(passage: Span): Span[] {
  return [
    passage,
    { start: passage.start + 3, end: passage.end - 2 },
    { start: passage.start + 0.5, end: passage.end },
    { start: passage.start - 1000, end: passage.end + 1000 },
  ];
}

/** Offsets a selection may have: anywhere near the passage, at an answer's edges, between characters, or not a number. */
function offset(key: SpotKey): fc.Arbitrary<number> {
  const { start, end } = key.passage;
  const edges = key.gold.flatMap((g) => [g.span.start, g.span.end, g.extent.start, g.extent.end]);
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: start - 30, max: end + 30 }) },
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...edges), fc.integer({ min: -3, max: 3 })).map(([at, by]) => at + by) },
    { weight: 1, arbitrary: fc.double({ min: start - 5, max: end + 5, noNaN: true }) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...edges), fc.double({ min: -1, max: 1, noNaN: true })).map(([at, by]) => at + by) },
    { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity, -0) },
  );
}

function selections(key: SpotKey): fc.Arbitrary<Span[]> {
  const at = offset(key);
  const answer = fc.constantFrom(...key.gold).chain((g) =>
    fc.constantFrom<Span>(g.span, g.extent, { start: g.extent.start, end: g.span.end }, { start: g.span.start - 1, end: g.span.end + 1 }),
  );
  const selection = fc.oneof(
    { weight: 3, arbitrary: fc.tuple(at, at).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })) },
    { weight: 1, arbitrary: fc.record({ start: at, end: at }) },
    { weight: 1, arbitrary: at.map((a) => ({ start: a, end: a })) },
    { weight: 4, arbitrary: answer },
    { weight: 1, arbitrary: fc.constant(key.passage) },
  );
  return fc.array(selection, { maxLength: 8 });
}

describe.each(keys)('scoring $name', ({ text, key }) => {
  test('gives exactly the results it gave before it was made fast', () => {
    fc.assert(
      fc.property(fc.constantFrom(...oddPassages(key.passage)), selections(key), (passage, chosen) => {
        const k = passage === key.passage ? key : { ...key, passage };
        // scoreSpot (unchanged) builds what a student reads from these two, so they are compared.
        const [now, then] = [measureSpot(text, k, chosen), before.measureSpot(text, k, chosen)];
        expect(now).toStrictEqual(then);
        // Field order too, as the results are written out.
        expect(JSON.stringify(now)).toBe(JSON.stringify(then));
        expect(scoreCounts([now.counts])).toStrictEqual(before.scoreCounts([then.counts]));
        expect(validateSpot(text, k, chosen).ok).toBe(before.selectedRuns(text, k.passage, chosen).length > 0);
      }),
      { numRuns: 40 },
    );
  });
});

test('a key scored against another text is scored against that text, not the first one', () => {
  const key = buildSpotKey(LATIMES, { kinds: ['attribution'], role: 'cue' });
  const answers = [key.gold.map((g) => g.span)];
  for (const text of [LATIMES.text, SPECTRUM.text, LATIMES.text, `${LATIMES.text} `]) {
    for (const chosen of answers) expect(measureSpot(text, key, chosen)).toStrictEqual(before.measureSpot(text, key, chosen));
  }
});

test('two passages counted together (Compare) score as before', () => {
  const [a, b] = [keys[7]!, keys[14]!];
  fc.assert(
    fc.property(selections(a.key), selections(b.key), (fromSide, toSide) => {
      const now = scoreCounts([measureSpot(a.text, a.key, fromSide).counts, measureSpot(b.text, b.key, toSide).counts]);
      const then = before.scoreCounts([
        before.measureSpot(a.text, a.key, fromSide).counts,
        before.measureSpot(b.text, b.key, toSide).counts,
      ]);
      expect(now).toStrictEqual(then);
    }),
    { numRuns: 60 },
  );
});

describe.each(ARTICLES.map((article) => ({ name: article.id, article })))('the class heatmap of $name', ({ article }) => {
  const key = buildSpotKey(article, { layer: 'attribution' });
  test('counts exactly the words it counted before it was made fast', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...oddPassages(key.passage)),
        fc.array(selections(key), { maxLength: 30 }),
        (passage, submissions) => {
          expect(aggregateSpans(article.text, passage, submissions)).toStrictEqual(
            before.aggregateSpans(article.text, passage, submissions),
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});
