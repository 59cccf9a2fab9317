'use client';
/**
 * "Hand in my answers": asks the student's name, then shows the core's readable summary of their
 * answers to print (only the summary is printed) or copy for the teacher. Nothing is sent anywhere.
 */
import { useId, useState } from 'react';
import { exportAnswers } from '@sayswho/core/quiz';
import type { LessonRef } from '@/lib/progress/progress-storage';
import { useProgress } from '@/lib/progress/progress-store';
import { progressText } from '@/lib/ui-text/progress';
import '../exercises/exercises.css';
import './lesson-progress.css';

interface HandInProps {
  readonly lesson: LessonRef;
  readonly lessonTitle: string;
  readonly exercises: readonly { readonly id: string; readonly title: string }[];
}

const PRINTING = 'printing-hand-in';

export function HandIn({ lesson, lessonTitle, exercises }: HandInProps) {
  const { state } = useProgress(lesson);
  const id = useId();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [sheet, setSheet] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  function prepare() {
    if (!name.trim()) {
      setProblem(progressText.nameMissing);
      setSheet(null);
      return;
    }
    setProblem(null);
    const titles = Object.fromEntries(exercises.map((e, n) => [e.id, `${n + 1}. ${e.title}`]));
    const { text: summary } = exportAnswers(state, lesson.slug, name, {
      lessonTitle,
      exerciseTitles: titles,
      now: new Date().toLocaleString(),
    });
    setSheet(summary);
  }

  function print() {
    // Print only the summary: the print stylesheet below hides the rest of the page meanwhile.
    document.documentElement.classList.add(PRINTING);
    const done = () => {
      document.documentElement.classList.remove(PRINTING);
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(sheet ?? '');
      setMessage(progressText.copied);
    } catch {
      setMessage(progressText.copyFailed);
    }
  }

  return (
    <section className="hand-in" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{progressText.handInHeading}</h3>
      <p>{progressText.handInIntro}</p>
      <form
        className="hand-in__form"
        onSubmit={(event) => {
          event.preventDefault();
          prepare();
        }}
      >
        <label htmlFor={`${id}-name`}>{progressText.nameLabel}</label>
        <input
          id={`${id}-name`}
          className="hand-in__name"
          autoComplete="name"
          value={name}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="ex-button ex-button--primary">
          {progressText.prepare}
        </button>
      </form>
      {problem ? (
        <p id={`${id}-problem`} className="exercise__note exercise__note--warn" role="alert">
          {problem}
        </p>
      ) : null}
      {sheet ? (
        <>
          <pre className="hand-in-sheet" tabIndex={0} aria-label={progressText.summaryLabel}>
            {sheet}
          </pre>
          <div className="exercise__actions">
            <button type="button" className="ex-button" onClick={print}>
              {progressText.print}
            </button>
            <button type="button" className="ex-button" onClick={() => void copy()}>
              {progressText.copy}
            </button>
          </div>
        </>
      ) : null}
      <p role="status" className="hand-in__message">
        {message}
      </p>
    </section>
  );
}
