'use client';
/**
 * "Hand in my answers" (the lesson's hand-in page): asks the student's name, then shows the core's
 * readable summary of their answers to print (only the summary is printed) or copy for the
 * teacher. Nothing is sent anywhere.
 */
import { useId, useState } from 'react';
import { exportAnswers } from '@sayswho/core/quiz';
import { useHydrated } from '@/components/use-hydrated';
import type { LessonRef } from '@/lib/progress/progress-storage';
import { useProgress } from '@/lib/progress/progress-store';
import { handInText } from '@/lib/ui-text/hand-in';
import '../exercises/exercises.css';
import './hand-in.css';

export interface HandInProps {
  readonly lesson: LessonRef;
  readonly lessonTitle: string;
  readonly exercises: readonly { readonly id: string; readonly title: string }[];
  /** What the student reads first (by default: the answers stay on this device). */
  readonly intro?: string;
}

const PRINTING = 'printing-hand-in';

export function HandIn({ lesson, lessonTitle, exercises, intro = handInText.intro }: HandInProps) {
  const { state } = useProgress(lesson);
  const id = useId();
  const [name, setName] = useState('');
  const hydrated = useHydrated();
  const [problem, setProblem] = useState<string | null>(null);
  const [sheet, setSheet] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  function prepare() {
    if (!name.trim()) {
      setProblem(handInText.nameMissing);
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
      setMessage(handInText.copied);
    } catch {
      setMessage(handInText.copyFailed);
    }
  }

  return (
    <div className="hand-in">
      <p>{intro}</p>
      <form
        className="hand-in__form"
        onSubmit={(event) => {
          event.preventDefault();
          prepare();
        }}
      >
        <label htmlFor={`${id}-name`}>{handInText.nameLabel}</label>
        <input
          id={`${id}-name`}
          className="hand-in__name"
          autoComplete="name"
          value={name}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="ex-button ex-button--primary" disabled={!hydrated}>
          {handInText.prepare}
        </button>
      </form>
      {problem ? (
        <p id={`${id}-problem`} className="exercise__note exercise__note--warn" role="alert">
          {problem}
        </p>
      ) : null}
      {sheet ? (
        <>
          <pre className="hand-in-sheet" tabIndex={0} aria-label={handInText.summaryLabel}>
            {sheet}
          </pre>
          <div className="exercise__actions">
            <button type="button" className="ex-button" onClick={print}>
              {handInText.print}
            </button>
            <button type="button" className="ex-button" onClick={() => void copy()}>
              {handInText.copy}
            </button>
          </div>
        </>
      ) : null}
      <p role="status" className="hand-in__message">
        {message}
      </p>
    </div>
  );
}
