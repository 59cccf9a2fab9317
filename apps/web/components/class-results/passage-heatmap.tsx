/**
 * A Spot passage with the class's marks drawn on the text: each marked word shaded by the share
 * of the class that marked it, with the count written after it (never colour alone). The key's
 * words are underlined (dotted when borderline), seen only while the exercise's "Show the key"
 * box is ticked (see `KeyToggle`). A table of the same marks, in a disclosure, for screen readers
 * and for sorting by eye. Server-safe: no state, no effects.
 */
import type { SpotPassageResults } from '@sayswho/core/class-results';
import type { GoldItem } from '@sayswho/core/quiz';
import type { PassageView } from '@sayswho/lessons';
import { segmentText } from '@/components/article/segment-text';
import { classResultsText as T } from '@/lib/ui-text/class-results';
import { heatLevel, heatRows, keyRoleOf, type KeyRole } from './heat-words';

type HeatMark = { readonly token: number } | { readonly key: KeyRole };

export function PassageHeatmap({
  passage,
  results,
  gold,
  name,
  tableOpen = false,
}: {
  passage: PassageView;
  results: SpotPassageResults;
  gold: readonly GoldItem[];
  /** Which passage this is, for the table's caption (the outlet, for a Compare side). */
  name: string;
  /** The table shown from the start (the printed report, where nobody can open it). */
  tableOpen?: boolean;
}) {
  const marks = [
    ...results.tokens.flatMap((t, token) =>
      (results.marked[token] ?? 0) > 0 ? [{ start: t.start, end: t.end, mark: { token } }] : [],
    ),
    ...gold.map((g) => ({ ...g.span, mark: { key: keyRoleOf(g.span, [g]) } })),
  ];
  return (
    <div className="heatmap">
      <div className="article-text heatmap__passage">
        {passage.blocks.map((block) => (
          <p key={block.index} className={`block block--${block.role}`}>
            {block.paragraph !== null && <span className="para-num">{block.paragraph}</span>}
            {segmentText<HeatMark, never>(block, marks).map((piece, i) =>
              piece.type === 'text' ? (
                <HeatPiece
                  key={i}
                  text={passage.text.slice(piece.start, piece.end)}
                  end={piece.end}
                  marks={piece.marks}
                  results={results}
                />
              ) : null,
            )}
          </p>
        ))}
      </div>
      <HeatTable results={results} passage={passage} gold={gold} name={name} open={tableOpen} />
    </div>
  );
}

function HeatPiece({
  text,
  end,
  marks,
  results,
}: {
  text: string;
  end: number;
  marks: readonly HeatMark[];
  results: SpotPassageResults;
}) {
  const word = marks.find((m) => 'token' in m);
  const keys = marks.flatMap((m) => ('key' in m ? [m.key] : []));
  const keyClass = keys.includes('key')
    ? 'heat-key'
    : keys.includes('borderline')
      ? 'heat-key heat-key--borderline'
      : '';
  if (!word || !('token' in word))
    return keyClass ? <span className={keyClass}>{text}</span> : <>{text}</>;
  const count = results.marked[word.token]!;
  const lastPiece = results.tokens[word.token]!.end === end;
  return (
    <>
      <mark className={`heat heat--${heatLevel(count, results.answered)} ${keyClass}`}>{text}</mark>
      {lastPiece && <span className="heat__count">{count}</span>}
    </>
  );
}

const KEY_TEXT: Record<KeyRole, string> = {
  key: T.heatmap.yes,
  borderline: T.heatmap.borderline,
  none: T.heatmap.no,
};

function HeatTable({
  results,
  passage,
  gold,
  name,
  open,
}: {
  results: SpotPassageResults;
  passage: PassageView;
  gold: readonly GoldItem[];
  name: string;
  open: boolean;
}) {
  const rows = heatRows(results, passage.blocks, gold);
  return (
    <details className="heatmap__table" open={open}>
      <summary>{T.heatmap.tableSummary}</summary>
      <table className="results-table">
        <caption>{T.heatmap.caption(name)}</caption>
        <thead>
          <tr>
            <th scope="col">{T.heatmap.word}</th>
            <th scope="col">{T.heatmap.paragraph}</th>
            <th scope="col">{T.heatmap.count}</th>
            <th scope="col" className="key-only">
              {T.heatmap.inKey}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            // A key word nobody marked would tell the key away: it shows only with the key.
            <tr key={row.token} className={row.count === 0 ? 'key-only' : undefined}>
              <th scope="row">{row.word}</th>
              <td>{row.paragraph ?? T.heatmap.headlineParagraph}</td>
              <td>{row.count}</td>
              <td className="key-only">{KEY_TEXT[row.key]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {results.answered === 0 && <p>{T.heatmap.noMarks}</p>}
    </details>
  );
}
