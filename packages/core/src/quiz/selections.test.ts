import { describeSelections, normaliseSelections, snapToWords } from './selections';

describe('snapToWords', () => {
  const text = 'Austin said, “the mines are safer.”';
  const snap = (from: string, to: string) => {
    const s = snapToWords(text, { start: text.indexOf(from), end: text.indexOf(to) + to.length });
    return s && text.slice(s.start, s.end);
  };
  test.each([
    ['widens a selection that starts or ends inside a word', 'stin', 'sa', 'Austin said'],
    ['drops punctuation and quote marks at the edges', ', “the', 'safer.”', 'the mines are safer'],
    ['keeps a single word as it is', 'said', 'said', 'said'],
  ])('%s', (_rule, from, to, expected) => {
    expect(snap(from, to)).toBe(expected);
  });

  test('returns null when only spaces or marks are selected', () => {
    expect(snapToWords(text, { start: text.indexOf(', “'), end: text.indexOf(', “') + 3 })).toBeNull();
    expect(snapToWords(text, { start: 5, end: 5 })).toBeNull();
  });
});

describe('normaliseSelections', () => {
  const text = 'Russia has already been using land mines in Ukraine.';
  const span = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
  const show = (spans: { start: number; end: number }[]) => normaliseSelections(text, spans).map((s) => text.slice(s.start, s.end));

  test.each([
    ['merges overlapping selections', [span('has already'), span('already been')], ['has already been']],
    ['merges selections with only a space between', [span('land'), span('mines')], ['land mines']],
    ['merges a repeated selection', [span('Ukraine'), span('Ukraine.')], ['Ukraine']],
    ['sorts selections by position, whatever order they came in', [span('Ukraine'), span('Russia')], ['Russia', 'Ukraine']],
    ['drops selections with no word', [span('.')], []],
  ])('%s', (_rule, spans, expected) => {
    expect(show(spans)).toEqual(expected);
  });

  test('describes a student’s selections as quotes for their hand-in', () => {
    const all = { start: 0, end: text.length };
    expect(describeSelections(text, all, [span('mines '), span('Russia')])).toBe('“Russia”, “mines”');
  });

  test('quotes a saved selection only as far as the passage goes', () => {
    const passage = span('Russia has already been using land mines');
    const runaway = { start: text.indexOf('land'), end: 10_000 };
    expect(describeSelections(text, passage, [runaway, span('in Ukraine')])).toBe('“land mines”');
  });
});
