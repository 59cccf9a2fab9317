/** The items the class found hardest, hardest first, each linking to its exercise's results. */
import type { ItemTally } from '@sayswho/core/class-results';
import { classResultsText as T } from '@/lib/ui-text/class-results';

export function DifficultItems({
  items,
  exerciseTitle,
  href,
}: {
  items: readonly ItemTally[];
  /** The exercise's name as its section heads it, for the link. */
  exerciseTitle: (item: ItemTally) => string;
  /** Where the item's exercise shows its results. */
  href: (item: ItemTally) => string;
}) {
  if (items.length === 0) return <p>{T.difficult.none}</p>;
  return (
    <ol className="difficult">
      {items.map((item) => (
        <li key={`${item.lessonSlug}/${item.exerciseId}/${item.label}`}>
          <a href={href(item)}>
            <q>{item.label}</q> ({exerciseTitle(item)})
          </a>{' '}
          — {T.difficult.missed(item.missed, item.answered)}
        </li>
      ))}
    </ol>
  );
}
