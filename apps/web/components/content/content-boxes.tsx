/**
 * The display boxes lessons use around their own Markdown: a key term with its definition, a
 * discussion prompt, a teacher note (teacher view only) and a hint. Each is labelled in text, not
 * only by its colour or icon, and prints as a plain bordered box. A lesson has several discussion
 * prompts and teacher notes with the same label, so they are notes, not landmarks: landmarks must
 * have unique names to be of use.
 */
import type { ReactNode } from 'react';
import { UI } from '@/lib/ui-text';

export function KeyTerm({ term, children }: { term: string; children: ReactNode }) {
  return (
    <aside className="box box--key-term" role="note" aria-label={`${UI.content.keyTerm}: ${term}`}>
      <p className="box__label">{UI.content.keyTerm}</p>
      <p className="key-term">
        <dfn>{term}</dfn>
      </p>
      <div className="box__body">{children}</div>
    </aside>
  );
}

export function Discuss({ children }: { children: ReactNode }) {
  return (
    <aside className="box box--discuss" role="note" aria-label={UI.content.discuss}>
      <p className="box__label">{UI.content.discuss}</p>
      <div className="box__body">{children}</div>
    </aside>
  );
}

export function TeacherNote({ children }: { children: ReactNode }) {
  return (
    <aside className="box box--teacher-note" role="note" aria-label={UI.content.teacherNote}>
      <p className="box__label">{UI.content.teacherNote}</p>
      <div className="box__body">{children}</div>
    </aside>
  );
}

/** A hint as shown once a student asks for it; `number` counts hints in an exercise (“Hint 2”). */
export function Hint({ number, children }: { number?: number; children: ReactNode }) {
  const label = number ? `${UI.content.hint} ${number}` : UI.content.hint;
  return (
    <div className="box box--hint" role="note" aria-label={label}>
      <p className="box__label">{label}</p>
      <div className="box__body">{children}</div>
    </div>
  );
}
