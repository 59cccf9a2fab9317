/**
 * The scoring rule on the seed story's real annotations. These are the worked examples of
 * packages/core/README.md: if a number here changes, change it there too.
 */
import type { Span } from '../corpus/types';
import { scoreSpot } from './score-spot';
import { LATIMES, SPECTRUM, quoteIn } from './seed.testdata';
import { buildSpotKey, validateSpotKey } from './spot-key';

// LA Times paragraphs 4–8: five cues (“said”, “said”, “have long been criticized by”,
// “countered”, “said”) and one borderline cue, “pleaded for”.
const cues = buildSpotKey(LATIMES, { kinds: ['attribution'], role: 'cue', paragraphs: [4, 8] });
const q = (quote: string, occurrence = 1) => quoteIn(LATIMES, quote, occurrence);
const EXACT = cues.gold.filter((g) => !g.borderline).map((g) => g.span);
const AUSTIN_III_SAID = q('Austin III said');
const AUSTIN_SAID_LAOS = q('Austin said during a trip to Laos');
const [, , ...REST] = EXACT;

describe('Spot cues in LA Times paragraphs 4–8 (worked examples of the README)', () => {
  test('the key names the real cues and keeps “pleaded for” borderline', () => {
    expect(cues.gold.map((g) => [LATIMES.text.slice(g.span.start, g.span.end), g.borderline])).toEqual([
      ['said', false],
      ['said', false],
      ['pleaded for', true],
      ['have long been criticized by', false],
      ['countered', false],
      ['said', false],
    ]);
    expect(validateSpotKey(cues, LATIMES.text)).toBeNull();
  });

  test.each<[string, Span[], number]>([
    ['A. exactly the five cues', EXACT, 1],
    ['B. “Austin III said” and “Austin said during a trip to Laos” for the two first cues', [AUSTIN_III_SAID, AUSTIN_SAID_LAOS, ...REST], 1],
    ['B2. the same, selected with the comma, closing quote and full stop around it', [AUSTIN_III_SAID, q(',” Austin said during a trip to Laos.'), ...REST], 1],
    ['C. four of the five cues', EXACT.slice(1), 0.8],
    ['D. the five cues and the borderline “pleaded”', [...EXACT, q('pleaded')], 1],
    ['E. the five cues and the wrong word “approved”', [...EXACT, q('approved')], 0.8931],
    ['F. “criticized” alone for “have long been criticized by”', [EXACT[0]!, EXACT[1]!, q('criticized'), ...EXACT.slice(3)], 0.84],
    ['G. the cue of paragraph 4 with everything Austin said', [...EXACT, q('said the change in Washington’s policy on antipersonnel land mines for Ukraine follows changing tactics by the Russians')], 0.3009],
    ['H. the whole passage', [cues.passage], 0],
    ['I. nothing', [], 0],
  ])('%s scores %s', (_example, selections, expected) => {
    expect(scoreSpot(LATIMES.text, cues, selections).score).toBeCloseTo(expected, 4);
  });

  test('G. says the selection runs past the cue and that the rest is what Austin said', () => {
    const result = scoreSpot(LATIMES.text, cues, [q('said the change in Washington’s policy')]);
    expect(result.items[0]).toMatchObject({ status: 'boundary', boundary: 'too-long', side: 'end' });
    expect(result.nextStep).toBe('Look again in paragraphs 5, 7 and 8: there are 4 cues you have not found yet.');
  });
});

describe('Spot on the seed articles: corpus feedback', () => {
  test('a wrong pick gets the corpus’s distractor note', () => {
    const key = buildSpotKey(LATIMES, { kinds: ['attribution'], role: 'cue', paragraphs: [1, 3] });
    const note = scoreSpot(LATIMES.text, key, [q('allow', 2)]).extras[0]?.note;
    expect(note).toBe('“allow”: “Allow” is what the administration will do, not a word that reports someone speaking.');
  });

  test('a missed loaded word comes with the corpus explanation', () => {
    const key = buildSpotKey(LATIMES, { layer: 'loaded-wording', paragraphs: [2, 2] });
    const battered = scoreSpot(LATIMES.text, key, [q('Russia’s')]).items.find((i) => i.goldId === 'latimes-battered');
    expect(battered?.status).toBe('missed');
    expect(battered?.explanation).toContain('“Battered” pictures repeated, violent blows');
  });

  test('the Spectrum summary box counts only when the passage includes it', () => {
    const withBox = buildSpotKey(SPECTRUM, { kinds: ['attribution'], role: 'cue', includeSummary: true, paragraphs: [1, 1] });
    expect(withBox.gold.map((g) => g.paragraph)).toContain(null);
  });
});

describe('feedback gives away no more than the attempt earned (LA Times cues, paragraphs 4–8)', () => {
  const requiredWords = (spans: readonly Span[]) =>
    cues.gold.filter((g) => !g.borderline).some((g) => spans.some((s) => s.start < g.span.end && g.span.start < s.end));

  test('the whole passage scores 0 and its feedback neither quotes nor marks a cue', () => {
    const result = scoreSpot(LATIMES.text, cues, [cues.passage]);
    expect(result.score).toBe(0);
    expect(requiredWords(result.items.flatMap((i) => i.marks))).toBe(false);
    expect(requiredWords(result.extras.filter((e) => e.status !== 'too-much').map((e) => e.span))).toBe(false);
    for (const text of [...result.items.map((i) => i.message), result.summary, result.nextStep]) {
      expect(text).not.toMatch(/“(said|countered|have long been criticized by)”/);
    }
  });

  test('copying the marks of a 0 answer does not lead to the answer', () => {
    const first = scoreSpot(LATIMES.text, cues, [cues.passage]);
    const copied = first.items.flatMap((i) => i.marks);
    expect(scoreSpot(LATIMES.text, cues, copied).score).toBe(0);
  });

  test('the whole passage gets one message, that it takes in too much', () => {
    const result = scoreSpot(LATIMES.text, cues, [cues.passage]);
    expect(result.items.map((i) => i.status)).toEqual(Array(5).fill('too-much'));
    expect(result.extras).toEqual([expect.objectContaining({ status: 'too-much', marks: [] })]);
    expect(result.extras[0]?.note).toMatch(/takes in too much/);
  });

  test('selecting only the sources names no cue', () => {
    const sources = buildSpotKey(LATIMES, { kinds: ['attribution'], role: 'source', paragraphs: [4, 8] });
    const result = scoreSpot(LATIMES.text, cues, sources.gold.map((g) => g.span));
    for (const item of result.items) expect(item.message).not.toMatch(/“/);
  });
});
