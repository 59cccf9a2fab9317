/**
 * The rule behind a Spot check's feedback: it gives away no more than the attempt earned. Whatever
 * a student selects, the answer words the feedback quotes or may draw on the text are words the
 * student selected. (The corpus explanations are not part of it: the app shows them only with the
 * answer or after a check that reached the pass mark.) Checked on keys built from the seed story.
 */
import fc from 'fast-check';
import type { Span } from '../corpus/types';
import { buildCompareKey } from './compare';
import { scoreSpot, type SpotResult } from './score-spot';
import { COMPARISON, LATIMES, SPECTRUM } from './seed.testdata';
import { normaliseSelections } from './selections';
import { buildSpotKey, type SpotKey, type SpotTarget } from './spot-key';
import { tokenize } from './words';

function compareKey(from: [number, number], to: [number, number]) {
  const key = buildCompareKey(COMPARISON, LATIMES, SPECTRUM, { mode: 'spot', fromParagraphs: from, toParagraphs: to });
  if (key.mode !== 'spot') throw new Error('expected a spot key');
  return key;
}
// The two Compare exercises of the seed lessons (the LA Times's paragraphs, Spectrum's matching ones).
const wordChoices = compareKey([2, 5], [2, 5]);
const changes = compareKey([6, 13], [6, 12]);

const cases: [string, string, SpotKey][] = [
  ...(
    [
      ['LA Times cues in paragraphs 4–8 (who-says-so)', LATIMES, { layer: 'attribution', role: 'cue', paragraphs: [4, 8] }],
      ['LA Times cues', LATIMES, { kinds: ['attribution'], role: 'cue' }],
      ['LA Times sources in paragraphs 21–24', LATIMES, { layer: 'attribution', role: 'source', paragraphs: [21, 24] }],
      ['LA Times content of anonymous officials', LATIMES, { layer: 'attribution', role: 'content', sourceTypes: ['anonymous-officials'] }],
      ['LA Times unverified claims in paragraphs 25–28', LATIMES, { layer: 'claims', paragraphs: [25, 28] }],
      ['LA Times guesses in paragraphs 15–23', LATIMES, { layer: 'claims', statuses: ['speculation'], paragraphs: [15, 23] }],
      ['LA Times unverified claims', LATIMES, { layer: 'claims' }],
      ['LA Times loaded wording in paragraphs 1–10', LATIMES, { layer: 'loaded-wording', paragraphs: [1, 10] }],
      ['Spectrum cues', SPECTRUM, { kinds: ['attribution'], role: 'cue', includeSummary: true }],
      // The other Spot exercises of the seed lessons.
      ['LA Times loaded wording in paragraphs 17–22', LATIMES, { layer: 'loaded-wording', paragraphs: [17, 22] }],
      ['LA Times page parts in paragraphs 27–33', LATIMES, { kinds: ['boilerplate'], paragraphs: [27, 33] }],
      ['LA Times unnamed sources in paragraphs 13–24', LATIMES, { layer: 'attribution', role: 'source', sourceTypes: ['anonymous-officials'], paragraphs: [13, 24] }],
      ['LA Times unverified claims in paragraphs 13–17', LATIMES, { layer: 'claims', paragraphs: [13, 17] }],
      ['Spectrum content of anonymous officials in paragraph 12', SPECTRUM, { layer: 'attribution', role: 'content', sourceTypes: ['anonymous-officials'], paragraphs: [12, 12] }],
    ] as const
  ).map(([name, article, target]): [string, string, SpotKey] => [name, article.text, buildSpotKey(article, target as SpotTarget)]),
  ['the LA Times side of spotting differences in paragraphs 2–5', LATIMES.text, wordChoices.from],
  ['the Spectrum side of spotting differences in paragraphs 2–5', SPECTRUM.text, wordChoices.to],
  ['the LA Times side of spotting changes in paragraphs 6–13', LATIMES.text, changes.from],
  ['the Spectrum side of spotting changes in paragraphs 6–12', SPECTRUM.text, changes.to],
];

/** Every text of a result a student can read before the answer may be shown. */
function feedbackTexts(result: SpotResult): string[] {
  return [result.summary, result.nextStep, ...result.items.map((i) => i.message), ...result.extras.map((e) => e.note)];
}

/** The quoted passages of a text, in pieces: a long quote keeps its first and last words around “…”. */
function quotedPieces(text: string): string[] {
  return [...text.matchAll(/“([^”]*)”/g)].flatMap((m) => (m[1] ?? '').split(' … ')).filter((q) => q.trim() !== '');
}

describe.each(cases)('the feedback on %s', (_name, text, key) => {
  const words = tokenize(text, key.passage);
  const isAnswer = words.map((w) => key.gold.some((g) => w.start < g.span.end && g.span.start < w.end));
  const { start, end } = key.passage;
  const offset = fc.integer({ min: start, max: end });
  const selection = fc.tuple(offset, offset).map(([a, b]): Span => ({ start: Math.min(a, b), end: Math.max(a, b) }));
  const answerPart = fc.constantFrom(...key.gold).chain((g) => fc.constantFrom<Span>(g.span, g.extent));
  const selections = fc.oneof(
    fc.array(fc.oneof(selection, answerPart), { maxLength: 8 }),
    fc.constant([key.passage]),
    // Every word one by one, or every other word.
    fc.constantFrom(1, 2).map((step) => words.filter((_, i) => i % step === 0)),
  );

  /** For each passage word, whether the student selected it (as the scorer snaps and merges). */
  function selectedWords(spans: readonly Span[]): boolean[] {
    const clipped = spans.map((s) => ({ start: Math.max(s.start, start), end: Math.min(s.end, end) })).filter((s) => s.end > s.start);
    const runs = normaliseSelections(text, clipped);
    return words.map((w) => runs.some((r) => w.start < r.end && r.start < w.end));
  }

  /** The answer words in `span` that the student did not select. */
  const unselectedAnswers = (span: Span, selected: readonly boolean[]) =>
    words.filter((w, i) => isAnswer[i] && !selected[i] && w.start < span.end && span.start < w.end);

  test('marks on the text hold no answer word the student did not select', () => {
    fc.assert(
      fc.property(selections, (spans) => {
        const selected = selectedWords(spans);
        const result = scoreSpot(text, key, spans);
        const marks = [...result.items.flatMap((i) => i.marks), ...result.extras.flatMap((e) => e.marks)];
        return marks.every((m) => unselectedAnswers(m, selected).length === 0);
      }),
    );
  });

  test('every quote can be read off words the student selected, or names no answer', () => {
    const lower = text.toLowerCase();
    fc.assert(
      fc.property(selections, (spans) => {
        const selected = selectedWords(spans);
        return feedbackTexts(scoreSpot(text, key, spans)).every((t) =>
          quotedPieces(t).every((piece) => {
            const places: Span[] = [];
            for (let at = lower.indexOf(piece.toLowerCase(), start); at >= 0 && at + piece.length <= end; at = lower.indexOf(piece.toLowerCase(), at + 1)) {
              places.push({ start: at, end: at + piece.length });
            }
            return places.length === 0 || places.some((p) => unselectedAnswers(p, selected).length === 0);
          }),
        );
      }),
    );
  });
});
