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
    <div className="missed">
      <h5>{T.missed.heading}</h5>
      {items.length === 0 ? (
        <p>{T.missed.noneMissed}</p>
      ) : (
        <ol>
          {items.slice(0, SHOWN).map((item) => (
            <li key={item.goldId}>
              <q>{item.label}</q> — {T.missed.missedBy(item.missed, answered)}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

export function WrongWords({ words }: { words: readonly WrongWord[] }) {
  return (
    <div className="missed">
      <h5>{T.missed.wrongHeading}</h5>
      {words.length === 0 ? (
        <p>{T.missed.noneWrong}</p>
      ) : (
        <ol>
          {words.slice(0, SHOWN).map((word) => (
            <li key={word.token}>
              <q>{word.text}</q> — {T.missed.markedBy(word.marked)}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
