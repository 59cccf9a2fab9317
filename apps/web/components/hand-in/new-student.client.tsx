'use client';
/** "New student" on a shared device: clears every saved answer here, after an explicit confirm. */
import { useId, useRef, useState } from 'react';
import { clearDeviceProgress } from '@/lib/progress/progress-store';
import { handInText } from '@/lib/ui-text/hand-in';
import '../exercises/exercises.css';
import './hand-in.css';

export function NewStudent() {
  const questionId = useId();
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState('');
  const yesRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);

  return (
    <div className="new-student">
      <p className="new-student__help">{handInText.newStudentHelp}</p>
      {asking ? (
        <div role="group" aria-labelledby={questionId} className="new-student__confirm">
          <p id={questionId}>{handInText.newStudentConfirm}</p>
          <button
            ref={yesRef}
            type="button"
            className="ex-button ex-button--danger"
            onClick={() => {
              clearDeviceProgress();
              setAsking(false);
              setMessage(handInText.cleared);
              requestAnimationFrame(() => startRef.current?.focus());
            }}
          >
            {handInText.newStudentYes}
          </button>{' '}
          <button
            type="button"
            className="ex-button"
            onClick={() => {
              setAsking(false);
              requestAnimationFrame(() => startRef.current?.focus());
            }}
          >
            {handInText.cancel}
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
          {handInText.newStudent}
        </button>
      )}
      <p role="status" className="new-student__done">
        {message}
      </p>
    </div>
  );
}
