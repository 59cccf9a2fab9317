/**
 * The passage after a Check or with the answer: plain text with each piece of feedback drawn as a
 * real <mark> whose kind is told three ways — a fill pattern, a symbol and number beside it
 * (linking to its note), and hidden words for screen readers at its start and end.
 */
import { memo, type ReactNode } from 'react';
import type { Span } from '@sayswho/core';
import { UI } from '@/lib/ui-text';
import type { PassageWords } from './passage-words';

export type MarkStatus = keyof typeof UI.exercise.status;

export interface FeedbackMark {
  readonly span: Span;
  readonly status: MarkStatus;
  /** Its number in the notes under the text. */
  readonly note: number;
}

interface PassageMarksProps {
  readonly text: string;
  readonly passage: PassageWords;
  /** Earlier marks win where two overlap. */
  readonly marks: readonly FeedbackMark[];
  /** Prefix of the notes' element ids: `${noteIdPrefix}${note}`. */
  readonly noteIdPrefix: string;
}

/** Memoised: a lesson page re-renders islands as progress is saved; a whole passage should not follow. */
export const PassageMarks = memo(function PassageMarks({ text, passage, marks, noteIdPrefix }: PassageMarksProps) {
  const owner = passage.words.map((w) => marks.findIndex((m) => w.start < m.span.end && m.span.start < w.end));
  const lastPart = new Map<number, number>();
  owner.forEach((m, i) => {
    if (m >= 0) lastPart.set(m, i);
  });

  return (
    <div className="passage-marks passage-text">
      {passage.blocks.map(({ block, pieces }) => {
        const out: ReactNode[] = [];
        let open: { mark: number; children: ReactNode[]; lastWord: number } | null = null;
        let gap: string | null = null;
        const close = () => {
          if (open) out.push(markElement(open.mark, open.children, open.lastWord));
          open = null;
        };
        for (const piece of pieces) {
          if ('gap' in piece) {
            gap = (gap ?? '') + piece.gap;
            continue;
          }
          const m = owner[piece.word] ?? -1;
          const word = passage.words[piece.word]!;
          const wordText = text.slice(word.start, word.end);
          if (open && open.mark === m) {
            if (gap) open.children.push(gap);
            open.children.push(wordText);
            open.lastWord = piece.word;
          } else {
            close();
            if (gap) out.push(gap);
            if (m >= 0) open = { mark: m, children: [wordText], lastWord: piece.word };
            else out.push(wordText);
          }
          gap = null;
        }
        close();
        if (gap) out.push(gap);
        return (
          <p key={block.index} className={`passage-block passage-block--${block.role}`}>
            {out}
          </p>
        );
      })}
    </div>
  );

  function markElement(index: number, children: ReactNode[], lastWord: number): ReactNode {
    const mark = marks[index]!;
    const label = UI.exercise.status[mark.status];
    const ends = lastPart.get(index) === lastWord;
    return (
      <span key={`${index}-${lastWord}`} className="fb-mark-wrap">
        <mark className={`fb-mark fb-mark--${mark.status}`}>
          <span className="ex-sr-only">{UI.exercise.markStart(label, mark.note)} </span>
          {children}
          <span className="ex-sr-only"> {UI.exercise.markEnd}</span>
        </mark>
        {ends ? (
          <a className="fb-tag" href={`#${noteIdPrefix}${mark.note}`} aria-label={UI.exercise.noteLink(mark.note)}>
            {UI.exercise.statusSymbol[mark.status]}
            {mark.note}
          </a>
        ) : null}
      </span>
    );
  }
});
