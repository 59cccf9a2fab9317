import { ARTICLE, TEXT, at } from '../quiz/quiz.testdata';
import { buildSpotKey } from '../quiz/spot-key';
import { spotPassageResults } from './spot-results';

const cues = buildSpotKey(ARTICLE, { kinds: ['attribution'], role: 'cue' });
const markedWord = (results: ReturnType<typeof spotPassageResults>, word: string) =>
  results.marked[results.tokens.findIndex((t) => t.text === word)];

describe('spotPassageResults', () => {
  const results = spotPassageResults(TEXT, cues, [
    [at('said'), at('according to')],
    [at('said'), at('Rescue crews')],
    [at('said'), at('Rescue')],
    [],
  ]);

  test('counts per word the students whose last answer marks it, leaving out empty answers', () => {
    expect(results.answered).toBe(3);
    expect(markedWord(results, 'said')).toBe(3);
    expect(markedWord(results, 'according')).toBe(1);
    expect(markedWord(results, 'Analysts')).toBe(0);
  });

  test('lists the key items most often missed first, with how many missed each', () => {
    expect(results.missedItems.map((m) => [m.label, m.missed])).toEqual([
      ['say', 3],
      ['according to', 2],
    ]);
  });

  test('lists the wrong words most often marked first, and never a word of a key item', () => {
    expect(results.wrongWords.map((w) => [w.text, w.marked])).toEqual([
      ['Rescue', 2],
      ['crews', 1],
    ]);
  });

  test('a class with no answers has an empty heatmap and nothing missed', () => {
    const none = spotPassageResults(TEXT, cues, []);
    expect(none.answered).toBe(0);
    expect(none.marked.every((n) => n === 0)).toBe(true);
    expect(none.missedItems).toEqual([]);
  });
});
