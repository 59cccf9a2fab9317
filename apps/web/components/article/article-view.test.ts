import { buildArticleView } from './article-view';
import { testArticle } from './article.testdata';

function blockText(view: ReturnType<typeof buildArticleView>, paragraph: number) {
  const block = view.blocks.find((b) => b.block.paragraph === paragraph)!;
  return block.pieces
    .map((p) => (p.type === 'anchor' ? `[${p.item.code}]` : testArticle.text.slice(p.start, p.end)))
    .join('');
}

describe('the annotated view of an article', () => {
  it('shows the whole article, headline and summary box included, when no range is given', () => {
    const view = buildArticleView(testArticle);
    expect(view.blocks.map((b) => b.block.role)).toEqual(testArticle.blocks.map((b) => b.role));
  });

  it('shows only the asked paragraphs, without headline or summary box unless asked', () => {
    expect(
      buildArticleView(testArticle, { paragraphs: [1, 2] }).blocks.map((b) => b.block.paragraph),
    ).toEqual([1, 2]);
    const withBox = buildArticleView(testArticle, { paragraphs: [1, 1], summary: true });
    expect(withBox.blocks.map((b) => b.block.role)).toEqual([
      'summary-heading',
      'summary-item',
      'paragraph',
    ]);
  });

  it('numbers notes per layer in reading order and counts them', () => {
    const view = buildArticleView(testArticle);
    expect(view.notes.map((n) => n.code)).toEqual(['P1', 'P2', 'A1', 'L1', 'A2', 'C1', 'P3']);
    expect(view.layers).toEqual([
      { layer: 'attribution', count: 2 },
      { layer: 'claims', count: 1 },
      { layer: 'loaded-wording', count: 1 },
      { layer: 'structure', count: 3 },
    ]);
  });

  it('puts each marker right after the last word of its annotation', () => {
    const view = buildArticleView(testArticle);
    expect(blockText(view, 1)).toBe(
      'KYIV, Ukraine — Civilians have been battered[L1] by drones, Austin said[A1] Wednesday.',
    );
    expect(blockText(view, 2)).toBe(
      'Officials say Russia has been stockpiling missiles, possibly for winter[A2][C1].',
    );
  });

  it('marks overlapping annotations of different layers on the same words', () => {
    const view = buildArticleView(testArticle);
    const battered = view.blocks
      .flatMap((b) => b.pieces)
      .find((p) => p.type === 'text' && testArticle.text.slice(p.start, p.end) === 'battered');
    expect(battered?.type === 'text' && battered.marks.map((m) => m.style)).toEqual([
      'content',
      'loaded',
    ]);
  });

  it('draws page parts that cover a whole block round the block, and partial ones on their words', () => {
    const view = buildArticleView(testArticle, { layers: ['structure'] });
    const headline = view.blocks[0]!;
    expect(headline.blockMarks).toEqual([{ style: 'structure', layer: 'structure' }]);
    expect(
      headline.pieces
        .filter((p) => p.type === 'text')
        .every((p) => p.type === 'text' && p.marks.length === 0),
    ).toBe(true);
    expect(view.blocks.find((b) => b.block.paragraph === 1)!.blockMarks).toEqual([]);
  });

  it('puts a marker whose annotation runs past the passage at the end of the last shown block', () => {
    const view = buildArticleView(testArticle, {
      paragraphs: [1, 1],
      summary: true,
      headline: false,
    });
    const summaryItem = view.blocks.find((b) => b.block.role === 'summary-item')!;
    expect(summaryItem.pieces.at(-1)).toMatchObject({ type: 'anchor', item: { code: 'P1' } });
  });

  it('gives each note the details a reader needs: source, cue, kind of source, status, plainer words', () => {
    const notes = buildArticleView(testArticle).notes;
    expect(notes.find((n) => n.annotationId === 'test-austin')?.details).toEqual([
      { label: 'Source', value: 'Austin' },
      { label: 'Cue', value: 'said' },
      { label: 'Kind of source', value: 'Named official' },
    ]);
    expect(notes.find((n) => n.annotationId === 'test-stockpiling')).toMatchObject({
      borderline: true,
      details: [
        { label: 'Why it is unverified', value: 'Anonymous source' },
        { label: 'Rests on', value: 'unnamed officials' },
      ],
    });
    expect(notes.find((n) => n.annotationId === 'test-battered')?.details).toEqual([
      { label: 'Plainer words', value: 'hit, struck' },
    ]);
  });

  it('names who a pronoun source is, lists every reason a claim is unverified, and draws a disclaimer with the claims', () => {
    const pronoun = testArticle.annotations.find((a) => a.id === 'test-austin')!;
    const stockpiling = testArticle.annotations.find((a) => a.id === 'test-stockpiling')!;
    const warning = {
      ...testArticle.annotations.find((a) => a.id === 'test-battered')!,
      id: 'test-warning',
      kind: 'disclaimer' as const,
    };
    const article = {
      ...testArticle,
      annotations: testArticle.annotations
        .map((a) =>
          a === pronoun
            ? { ...a, refersTo: 'Lloyd Austin' }
            : a === stockpiling
              ? { ...a, statuses: ['anonymous-source', 'one-side'] as const }
              : a,
        )
        .concat(warning) as typeof testArticle.annotations,
    };
    const view = buildArticleView(article);
    const notes = view.notes;
    const styles = view.blocks.flatMap((b) =>
      b.pieces.flatMap((p) => (p.type === 'anchor' ? [] : p.marks.map((m) => m.style))),
    );
    expect(styles).toContain('disclaimer');
    expect(notes.find((n) => n.annotationId === 'test-austin')?.details[0]).toEqual({
      label: 'Source',
      value: 'Austin (Lloyd Austin)',
    });
    expect(notes.find((n) => n.annotationId === 'test-stockpiling')?.details[0]).toEqual({
      label: 'Why it is unverified',
      value: 'Anonymous source; One side’s word',
    });
    expect(notes.find((n) => n.annotationId === 'test-warning')).toMatchObject({
      layer: 'claims',
      kindLabel: 'Disclaimer',
    });
  });

  it('draws only the answer-key annotations, and only the attribution parts asked for', () => {
    const view = buildArticleView(testArticle, {
      annotationIds: ['test-austin', 'test-officials'],
      roles: ['cue'],
    });
    expect(view.notes.map((n) => n.annotationId)).toEqual(['test-austin', 'test-officials']);
    const marked = view.blocks
      .flatMap((b) => b.pieces)
      .flatMap((p) =>
        p.type === 'text' && p.marks.length > 0 ? [testArticle.text.slice(p.start, p.end)] : [],
      );
    expect(marked).toEqual(['said', 'say']);
  });

  it('leaves out the layers not asked for', () => {
    const view = buildArticleView(testArticle, { layers: ['claims'] });
    expect(view.notes.map((n) => n.code)).toEqual(['C1']);
  });
});
