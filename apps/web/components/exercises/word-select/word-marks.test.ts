import { WordMarks } from './word-marks';

const marked = (m: WordMarks) =>
  Array.from({ length: m.size }, (_, i) => (m.isMarked(i) ? 1 : 0)).join('');

describe('word marks', () => {
  it('stretches a range over words and gives back the earlier marks when the range shrinks', () => {
    const m = new WordMarks(8);
    m.toggle(6);
    m.beginRange(2, false);
    m.extendRange(6);
    expect(marked(m)).toBe('00111110');
    expect(m.extendRange(3)).toEqual([4, 5]);
    expect(marked(m)).toBe('00110010');
  });

  it('erases when a drag starts on a marked word', () => {
    const m = new WordMarks(6);
    m.setAll(() => true);
    m.beginRange(1, true);
    m.extendRange(3);
    expect(marked(m)).toBe('100011');
  });

  it('unmarks a whole phrase from any of its words and reports the runs left', () => {
    const m = new WordMarks(9);
    m.setAll((i) => (i >= 1 && i <= 3) || i === 6 || i === 7);
    expect(m.runs()).toEqual([
      [1, 3],
      [6, 7],
    ]);
    expect(m.unmarkRun(2)).toEqual([1, 2, 3]);
    expect(m.runs()).toEqual([[6, 7]]);
  });

  it('reports only the words whose state changed', () => {
    const m = new WordMarks(900);
    m.setAll((i) => i < 450);
    expect(m.setAll((i) => i < 451)).toEqual([450]);
  });
});
