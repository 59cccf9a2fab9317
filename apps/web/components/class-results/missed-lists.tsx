/** Under a Spot heatmap: the key items most often missed and the wrong words most often marked. */
import type { MissedKeyItem, WrongWord } from '@sayswho/core/class-results';
import { classResultsText as T } from '@/lib/ui-text/class-results';

const SHOWN = 8;

export function MissedItems({
  items,
  answered,
}: {
  items: readonly MissedKeyItem[];
  answered: number;
}) {
  return (
    <QuotedCounts
      heading={T.missed.heading}
      empty={T.missed.noneMissed}
      rows={items.map((i) => ({
        id: i.goldId,
        quote: i.label,
        count: T.missed.missedBy(i.missed, answered),
      }))}
    />
  );
}

export function WrongWords({ words }: { words: readonly WrongWord[] }) {
  return (
    <QuotedCounts
      heading={T.missed.wrongHeading}
      empty={T.missed.noneWrong}
      rows={words.map((w) => ({
        id: String(w.token),
        quote: w.text,
        count: T.missed.markedBy(w.marked),
      }))}
    />
  );
}

function QuotedCounts({
  heading,
  empty,
  rows,
}: {
  heading: string;
  empty: string;
  rows: readonly { id: string; quote: string; count: string }[];
}) {
  return (
    <div className="missed">
      <h5>{heading}</h5>
      {rows.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ol>
          {rows.slice(0, SHOWN).map((row) => (
            <li key={row.id}>
              <q>{row.quote}</q> — {row.count}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
