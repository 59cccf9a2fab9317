import { segmentText } from './segment-text';

const text = 'Austin said the mines are safer.';
const block = { start: 0, end: text.length };

function render(pieces: ReturnType<typeof segmentText<string, string>>) {
  return pieces
    .map((p) =>
      p.type === 'anchor' ? `[${p.item}]` : `${text.slice(p.start, p.end)}{${p.marks.join('+')}}`,
    )
    .join('');
}

describe('cutting a block into marked runs', () => {
  it('leaves an unmarked block as one plain run', () => {
    expect(render(segmentText<string, string>(block, []))).toBe(`${text}{}`);
  });

  it('splits overlapping marks into runs that carry every mark covering them', () => {
    const pieces = segmentText<string, string>(block, [
      { start: 0, end: 11, mark: 'attr' },
      { start: 12, end: 31, mark: 'claim' },
      { start: 26, end: 31, mark: 'loaded' },
    ]);
    expect(render(pieces)).toBe('Austin said{attr} {}the mines are {claim}safer{claim+loaded}.{}');
  });

  it('places a note marker right after the last word of its annotation', () => {
    const pieces = segmentText<string, string>(
      block,
      [{ start: 0, end: 6, mark: 'src' }],
      [{ at: 6, item: 'A1' }],
    );
    expect(render(pieces)).toBe('Austin{src}[A1] said the mines are safer.{}');
  });

  it('clips a mark that runs past the block to the block', () => {
    const pieces = segmentText({ start: 7, end: 11 }, [{ start: 0, end: 20, mark: 'attr' }]);
    expect(pieces).toEqual([{ type: 'text', start: 7, end: 11, marks: ['attr'] }]);
  });

  it('puts a marker at the very end of the block after the last run', () => {
    const pieces = segmentText<string, string>(block, [], [{ at: text.length, item: 'S1' }]);
    expect(render(pieces)).toBe(`${text}{}[S1]`);
  });
});
