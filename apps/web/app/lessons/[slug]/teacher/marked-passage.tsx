/** A passage with an exercise's answers marked on it, for the teacher's answer key. */
import type { Span } from '@sayswho/core';
import type { PassageView } from '@sayswho/lessons';
import { segmentText } from '@/components/article/segment-text';

export interface KeyMark extends Span {
  readonly borderline: boolean;
}

export function MarkedPassage({
  passage,
  marks,
}: {
  passage: PassageView;
  marks: readonly KeyMark[];
}) {
  const spans = marks.map((m) => ({ start: m.start, end: m.end, mark: m.borderline }));
  return (
    <div className="article-text answer-key__passage">
      {passage.blocks.map((block) => (
        <p key={block.index} className={`block block--${block.role}`}>
          {block.paragraph !== null && <span className="para-num">{block.paragraph}</span>}
          {segmentText(block, spans).map((piece, i) => {
            if (piece.type !== 'text') return null;
            const text = passage.text.slice(piece.start, piece.end);
            if (piece.marks.length === 0) return <span key={i}>{text}</span>;
            const borderline = piece.marks.every(Boolean);
            return (
              <mark
                key={i}
                className={borderline ? 'answer-key__borderline' : 'answer-key__answer'}
              >
                {text}
              </mark>
            );
          })}
        </p>
      ))}
      <p className="credit-line">{passage.credit}</p>
    </div>
  );
}
