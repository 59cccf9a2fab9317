'use client';
/** "New student" on a shared device: clears every saved answer here, after an explicit confirm. */
import { useId, useRef, useState } from 'react';
import { clearDeviceProgress } from '@/lib/progress/progress-store';
import { progressText } from '@/lib/ui-text/progress';
import '../exercises/exercises.css';
import './lesson-progress.css';

export function NewStudent() {
  const questionId = useId();
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState('');
  const yesRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);

  return (
    <div className="new-student">
      <p className="new-student__help">{progressText.newStudentHelp}</p>
      {asking ? (
        <div role="group" aria-labelledby={questionId} className="new-student__confirm">
          <p id={questionId}>{progressText.newStudentConfirm}</p>
          <button
            ref={yesRef}
            type="button"
            className="ex-button ex-button--danger"
            onClick={() => {
              clearDeviceProgress();
              setAsking(false);
              setMessage(progressText.cleared);
              requestAnimationFrame(() => startRef.current?.focus());
            }}
          >
            {progressText.newStudentYes}
          </button>{' '}
          <button
            type="button"
            className="ex-button"
            onClick={() => {
              setAsking(false);
              requestAnimationFrame(() => startRef.current?.focus());
            }}
          >
            {progressText.cancel}
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
          {progressText.newStudent}
        </button>
      )}
      <p role="status" className="new-student__done">
        {message}
      </p>
    </div>
  );
}
