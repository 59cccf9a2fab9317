'use client';
/**
 * "New student" on a shared device: clears every saved answer here, after an explicit confirm.
 * A class page gives it its own words and its own action (leaving the class on this device).
 */
import { useId, useRef, useState } from 'react';
import { clearDeviceProgress } from '@/lib/progress/progress-store';
import { handInText } from '@/lib/ui-text/hand-in';
import '../exercises/exercises.css';
import './hand-in.css';

export type NewStudentText = Record<
  'newStudent' | 'newStudentHelp' | 'newStudentConfirm' | 'newStudentYes' | 'cancel' | 'cleared',
  string
>;

export function NewStudent({
  text = handInText,
  onConfirm = clearDeviceProgress,
}: {
  readonly text?: NewStudentText;
  readonly onConfirm?: () => void;
}) {
  const questionId = useId();
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState('');
  const yesRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);

  return (
    <div className="new-student">
      <p className="new-student__help">{text.newStudentHelp}</p>
      {asking ? (
        <div role="group" aria-labelledby={questionId} className="new-student__confirm">
          <p id={questionId}>{text.newStudentConfirm}</p>
          <button
            ref={yesRef}
            type="button"
            className="ex-button ex-button--danger"
            onClick={() => {
              onConfirm();
              setAsking(false);
              setMessage(text.cleared);
              requestAnimationFrame(() => startRef.current?.focus());
            }}
          >
            {text.newStudentYes}
          </button>{' '}
          <button
            type="button"
            className="ex-button"
            onClick={() => {
              setAsking(false);
              requestAnimationFrame(() => startRef.current?.focus());
            }}
          >
            {text.cancel}
          </button>
        </div>
      ) : (
        <button
          ref={startRef}
          type="button"
          className="ex-button"
          onClick={() => {
            setAsking(true);
            setMessage('');
            requestAnimationFrame(() => yesRef.current?.focus());
          }}
        >
          {text.newStudent}
        </button>
      )}
      <p role="status" className="new-student__done">
        {message}
      </p>
    </div>
  );
}
