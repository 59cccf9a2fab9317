import type { StoryComparison } from '@sayswho/core';
import { buildCompareView, type SideCell } from './compare-view';
import { fromArticle, testComparison, toArticle } from './compare.testdata';

const view = buildCompareView(testComparison, fromArticle, toArticle);

function render(cells: readonly SideCell[]) {
  const [cell] = cells;
  if (!cell) return null;
  return cell.pieces
    .map((p) => (p.type === 'ref' ? `[${p.note.code}]` : p.kind ? `<${p.kind}:${p.text}>` : p.text))
    .join('');
}

describe('the compare view of two versions', () => {
  it('keeps the alignment: one row per pair, with an empty side where only one outlet kept the text', () => {
    expect(
      view.rows.map((r) => [r.from.map((c) => c.block.paragraph), r.to.map((c) => c.block.role)]),
    ).toEqual([
      [[], ['summary-heading']],
      [[1], ['paragraph']],
      [[2], []],
    ]);
  });

  it('gathers a run of blocks only one version has into one row', () => {
    const run = buildCompareView(
      {
        ...testComparison,
        alignment: [...testComparison.alignment, { ...testComparison.alignment[2]! }],
      },
      fromArticle,
      toArticle,
    );
    expect(run.rows.map((r) => [r.from.length, r.to.length])).toEqual([
      [0, 1],
      [1, 1],
      [2, 0],
    ]);
  });

  it('marks the reworded words on both sides with the curated kind and its number', () => {
    expect(render(view.rows[1]!.from)).toBe(
      'Civilians were <reworded:battered>[D2] by drones<punctuation:.>',
    );
    expect(render(view.rows[1]!.to)).toBe(
      'Civilians were <reworded:clobbered>[D2] by drones<punctuation:.>',
    );
  });

  it('marks text only one version has as added or removed, with its explanation number', () => {
    expect(render(view.rows[0]!.to)).toBe('<added:Key points>[D1]');
    expect(render(view.rows[2]!.from)).toBe('<removed:Only the Daily kept this.>[D3]');
  });

  it('numbers only the curated differences, in reading order, quoting both sides', () => {
    expect(view.notes.map((n) => [n.code, n.difference.id, n.fromQuote, n.toQuote])).toEqual([
      ['D1', 'box-added', null, 'Key points'],
      ['D2', 'battered-clobbered', 'battered', 'clobbered'],
      ['D3', 'para-removed', 'Only the Daily kept this.', null],
    ]);
  });

  it('counts every difference, computed ones included, for each kind in the vocabulary', () => {
    expect(view.counts).toEqual([
      { kind: 'added', count: 1 },
      { kind: 'removed', count: 1 },
      { kind: 'reworded', count: 1 },
      { kind: 'meaning-changed', count: 0 },
      { kind: 'name-form', count: 0 },
      { kind: 'punctuation', count: 1 },
    ]);
  });

  it('draws changed words that no difference sorts as “other changed words”, and counts them under that name', () => {
    // The curated rewording taken away: the word diff still finds "battered" / "clobbered".
    const unsorted: StoryComparison = {
      ...testComparison,
      differences: testComparison.differences.filter((d) => d.id !== 'battered-clobbered'),
    };
    const bare = buildCompareView(unsorted, fromArticle, toArticle);
    expect(render(bare.rows[1]!.from)).toBe(
      'Civilians were <unsorted:battered> by drones<punctuation:.>',
    );
    expect(render(bare.rows[1]!.to)).toBe(
      'Civilians were <unsorted:clobbered> by drones<punctuation:.>',
    );
    const counts = Object.fromEntries(bare.counts.map((c) => [c.kind, c.count]));
    expect(counts).toMatchObject({ added: 1, removed: 1, reworded: 0, unsorted: 1 });
  });

  it('lists “other changed words” in the counts only when there are some', () => {
    expect(view.counts.map((c) => c.kind)).not.toContain('unsorted');
  });

  it('counts every kind it draws: each colour on the text is a kind in the counts', () => {
    const drawn = new Set(
      view.rows
        .flatMap((r) => [...r.from, ...r.to])
        .flatMap((c) => c.pieces.map((p) => (p.type === 'text' ? p.kind : null))),
    );
    drawn.delete(null);
    const counted = new Set(view.counts.filter((c) => c.count > 0).map((c) => c.kind));
    for (const kind of drawn) expect(counted).toContain(kind);
  });
});
