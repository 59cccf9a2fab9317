/**
 * How a class's answers spread over the options of a Choice, or the categories of one item to
 * sort: per option its count in words and a bar, and, with the key shown, "✓ the right answer"
 * written beside the right one (the bar's colour only repeats it).
 */
import { classResultsText as T } from '@/lib/ui-text/class-results';

export interface DistributionRow {
  readonly id: string;
  readonly label: string;
  readonly chosen: number;
  readonly correct: boolean;
}

export function AnswerDistribution({
  rows,
  answered,
  label,
}: {
  rows: readonly DistributionRow[];
  answered: number;
  /** What is being answered, for the list's accessible name. */
  label: string;
}) {
  return (
    <ul className="distribution" aria-label={label}>
      {rows.map((row) => (
        <li key={row.id} className={row.correct ? 'distribution__row--right' : undefined}>
          <span className="distribution__label">{row.label}</span>
          <span className="distribution__bar" aria-hidden="true">
            {/* An SVG's width attribute, not a style: the kit's Content-Security-Policy refuses
                inline styles, which left every bar full. */}
            <svg viewBox="0 0 100 1" preserveAspectRatio="none" focusable="false">
              <rect width={answered ? (row.chosen / answered) * 100 : 0} height="1" />
            </svg>
          </span>
          <span className="distribution__count">{T.distribution.chosenBy(row.chosen)}</span>
          {row.correct && (
            <span className="key-only distribution__right">✓ {T.distribution.right}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
