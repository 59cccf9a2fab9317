/** One judged answer part (an option, an item, a difference): its state in words and a border style, never colour alone. */
import type { ReactNode } from 'react';
import { exerciseText } from '@/lib/ui-text/exercise';

export type VerdictTone = 'right' | 'wrong' | 'missed' | 'review';

const SYMBOLS: Record<VerdictTone, string> = { right: '✓', wrong: '✗', missed: '★', review: '✎' };

export function Verdict({
  tone,
  label,
  children,
}: {
  tone: VerdictTone;
  label: string;
  children?: ReactNode;
}) {
  const symbol = SYMBOLS[tone];
  return (
    <span className={`ex-verdict ex-verdict--${tone}`}>
      <span className="ex-verdict__label">
        <span aria-hidden="true">{symbol} </span>
        {label}.
      </span>{' '}
      {children}
    </span>
  );
}

/** The verdict on a part the student answered: right or not, with the lesson's feedback on it. */
export function RightOrWrong({ judged }: { judged: { correct: boolean; feedback?: string } }) {
  return (
    <Verdict
      tone={judged.correct ? 'right' : 'wrong'}
      label={judged.correct ? exerciseText.right : exerciseText.wrong}
    >
      {judged.feedback}
    </Verdict>
  );
}
