/**
 * The compare view: two outlets' versions of one story side by side, paragraph against
 * paragraph, with every difference marked by kind (a pattern and hidden text label, never colour
 * alone), a legend with counts, and the curated explanations. Server-rendered; on a phone one
 * column shows at a time, chosen with a CSS-only switch (radio buttons), so it ships no JavaScript.
 */
import { Fragment } from 'react';
import type { Article, Block, StoryComparison } from '@sayswho/core';
import { DIFFERENCE_KINDS } from '@sayswho/core/vocabulary';
import { UI } from '@/lib/ui-text';
import { CreditLine } from '../article/credit-line';
import { shortQuote } from '../article/short-quote';
import { buildCompareView, type ShownKind, type SideCell } from './compare-view';

export interface StoryComparisonViewProps {
  readonly comparison: StoryComparison;
  readonly from: Article;
  readonly to: Article;
}

const TAGS: Partial<Record<ShownKind, 'ins' | 'del'>> = { added: 'ins', removed: 'del' };

/** What each kind drawn on the text is called and means, in the legend and for screen readers. */
const KINDS: Record<ShownKind, { readonly label: string; readonly definition: string }> = {
  ...DIFFERENCE_KINDS,
  unsorted: UI.compare.unsorted,
};

function BlockLabel({ block }: { block: Block }) {
  if (block.paragraph !== null) {
    return (
      <span className="cell-label">
        <span className="visually-hidden">{UI.article.paragraph} </span>
        {block.paragraph}
      </span>
    );
  }
  // The summary box is labelled once, on its heading, not on every item.
  if (block.role === 'summary-item') return null;
  return (
    <span className="cell-label cell-label--part">
      {block.role === 'headline' ? UI.article.headline : UI.article.summaryBox}
    </span>
  );
}

function Cell({
  cell,
  side,
  wholeBlock,
}: {
  cell: SideCell;
  side: 'from' | 'to';
  wholeBlock: boolean;
}) {
  return (
    <p className={`cell-text cell-text--${cell.block.role}`}>
      <BlockLabel block={cell.block} />
      {cell.pieces.map((piece, i) => {
        if (piece.type === 'ref') {
          const kind = KINDS[piece.note.difference.kind].label;
          return (
            <sup key={i} className="ref ref--difference">
              <a
                href={`#diff-${piece.note.difference.id}`}
                id={`ref-${side}-${piece.note.difference.id}`}
              >
                {piece.note.code}
                <span className="visually-hidden">{UI.compare.differenceRef(kind)}</span>
              </a>
            </sup>
          );
        }
        // A paragraph only one outlet kept is shown whole and plain: the cell itself says so.
        const kind =
          wholeBlock && (piece.kind === 'added' || piece.kind === 'removed') ? null : piece.kind;
        if (!kind) return <Fragment key={i}>{piece.text}</Fragment>;
        const Tag = TAGS[kind] ?? 'span';
        return (
          <Tag key={i} className={`chg chg-${kind}`}>
            <span className="visually-hidden">{UI.compare.hiddenStart(KINDS[kind].label)} </span>
            {piece.text}
            <span className="visually-hidden">{UI.compare.hiddenEnd}</span>
          </Tag>
        );
      })}
    </p>
  );
}

export function StoryComparisonView({ comparison, from, to }: StoryComparisonViewProps) {
  const view = buildCompareView(comparison, from, to);
  const outlets = { from: from.outlet, to: to.outlet };

  return (
    <div className="compare">
      <section className="diff-legend" aria-labelledby="diff-legend-heading">
        <h2 id="diff-legend-heading">{UI.compare.legendHeading}</h2>
        <ul>
          {view.counts.map(({ kind, count }) => (
            <li key={kind}>
              <span className={`sample chg chg-${kind}`}>{KINDS[kind].label}</span>{' '}
              <span className="diff-count">{count}</span>
              <span className="diff-definition">{KINDS[kind].definition}</span>
            </li>
          ))}
        </ul>
      </section>

      <fieldset className="version-switch">
        <legend>{UI.compare.switchLegend}</legend>
        <div className="switch-options">
          <label className="switch-option">
            <input type="radio" name="version" id="version-from" defaultChecked />
            {from.outlet}
          </label>
          <label className="switch-option">
            <input type="radio" name="version" id="version-to" />
            {to.outlet}
          </label>
        </div>
      </fieldset>

      <table className="compare-table">
        <caption className="visually-hidden">
          {UI.compare.tableCaption(from.outlet, to.outlet)}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="col-from">
              {from.outlet}
            </th>
            <th scope="col" className="col-to">
              {to.outlet}
            </th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row, i) => {
            const onlyOne = row.from.length === 0 || row.to.length === 0;
            return (
              <tr key={i} className={onlyOne ? 'row row--one-side' : 'row'}>
                {(['from', 'to'] as const).map((side) => {
                  const cells = row[side];
                  return (
                    <td
                      key={side}
                      className={`col-${side} ${cells.length === 0 ? 'cell--absent' : onlyOne ? 'cell--only' : ''}`}
                    >
                      {cells.length === 0 ? (
                        <p className="absent">{UI.compare.notIn(outlets[side])}</p>
                      ) : (
                        <>
                          {onlyOne && (
                            <p className="only-badge">{UI.compare.onlyIn(outlets[side])}</p>
                          )}
                          {cells.map((cell) => (
                            <Cell
                              key={cell.block.index}
                              cell={cell}
                              side={side}
                              wholeBlock={onlyOne}
                            />
                          ))}
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>

      <div className="compare-credits">
        <CreditLine article={from} />
        <CreditLine article={to} />
      </div>

      <section className="diff-notes" aria-labelledby="diff-notes-heading">
        <h2 id="diff-notes-heading">{UI.compare.explanationsHeading}</h2>
        <ol>
          {view.notes.map((note) => {
            const d = note.difference;
            const back = d.from ? 'from' : 'to';
            return (
              <li key={d.id} id={`diff-${d.id}`} className="diff-note">
                <p className="note-head">
                  <span className="note-code">{note.code}</span>{' '}
                  <span className={`sample chg chg-${d.kind}`}>{KINDS[d.kind].label}</span>
                </p>
                <dl className="note-details">
                  {(['from', 'to'] as const).map((side) => {
                    const quote = side === 'from' ? note.fromQuote : note.toQuote;
                    return (
                      <div key={side}>
                        <dt>{outlets[side]}</dt>
                        <dd>{quote ? <q>{shortQuote(quote)}</q> : UI.compare.absentQuote}</dd>
                      </div>
                    );
                  })}
                </dl>
                <p>{d.explanation}</p>
                <p className="note-back">
                  <a href={`#ref-${back}-${d.id}`}>{UI.compare.backToText(note.code)}</a>
                </p>
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
