'use client';
/**
 * The hand-in at the end of the lesson page itself, in place of the link to the hand-in page, on
 * a device that will not keep answers (storage blocked or full): the answers live only in this
 * page, and opening another page would lose them. Loaded only then (LessonSummary), so a lesson
 * page ships none of it.
 */
import { useId } from 'react';
import { handInText } from '@/lib/ui-text/hand-in';
import { HandIn, type HandInProps } from './hand-in.client';

export function HandInHere(props: HandInProps) {
  const id = useId();
  return (
    <section className="hand-in-here" aria-labelledby={id}>
      <h2 id={id}>{handInText.heading}</h2>
      <HandIn {...props} intro={handInText.here} />
    </section>
  );
}
