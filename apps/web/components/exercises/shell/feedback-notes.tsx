/** The numbered notes under a marked-up passage, one per mark (and per missed item, unnumbered in the text). */
import type { MarkStatus } from '../word-select/feedback-marks';

export interface Note {
  readonly note: number;
  readonly status: MarkStatus;
  /** The status in words and its symbol (../spot/spot-feedback.ts fills them in with the judging code). */
  readonly label: string;
  readonly symbol: string;
  readonly message: string;
  /** Shown under the message: the corpus's explanation. */
  readonly explanation?: string;
}

export function FeedbackNotes({ notes, idPrefix }: { notes: readonly Note[]; idPrefix: string }) {
  if (notes.length === 0) return null;
  return (
    <ol className="fb-notes">
      {notes.map((n) => (
        <li
          key={n.note}
          id={`${idPrefix}${n.note}`}
          className={`fb-note fb-note--${n.status}`}
          tabIndex={-1}
        >
          <span className="fb-note__status">
            <span aria-hidden="true">
              {n.symbol}
              {n.note}{' '}
            </span>
            {n.label}
          </span>{' '}
          {n.message}
          {n.explanation ? <span className="fb-note__why"> {n.explanation}</span> : null}
        </li>
      ))}
    </ol>
  );
}
