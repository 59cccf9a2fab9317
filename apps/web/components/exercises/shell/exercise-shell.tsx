/**
 * The frame every exercise shares: heading, prompt, the exercise's own body, the action bar
 * (check / try again, hints, show answer), the hints shown so far, the feedback with the lesson's
 * explanation, and a polite live region that reads every change of state aloud.
 */
import { useContext, useEffect, useId, useRef, type MouseEvent, type ReactNode } from 'react';
import type { ExercisePublic } from '@sayswho/lessons/exercise-spec';
import { exerciseText } from '@/lib/ui-text/exercise';
import { exerciseTitle } from '../exercise-title';
import { ExerciseHostContext } from './exercise-host';
import { PreviewSlowCheck } from './preview-slow-check';
import type { ExerciseState } from './use-exercise';
import '../exercises.css';

interface ExerciseShellProps {
  readonly spec: ExercisePublic;
  readonly ex: ExerciseState<{ readonly explanationHtml: string | null }, unknown>;
  /** The answer input while answering; the marked-up answer while reviewing. */
  readonly children: ReactNode;
  /** A line about the current answer (“2 phrases marked.”). */
  readonly status?: ReactNode;
  /** More buttons beside Check while answering (“Clear all marks”). */
  readonly actions?: ReactNode;
  /** The exercise's detailed feedback, shown after checking or with the answer. */
  readonly feedback?: ReactNode;
}

export function ExerciseShell({
  spec,
  ex,
  children,
  status,
  actions,
  feedback,
}: ExerciseShellProps) {
  const host = useContext(ExerciseHostContext);
  const headingId = useId();
  const promptId = useId();
  const feedbackRef = useRef<HTMLHeadingElement>(null);
  const reviewing = ex.phase !== 'answering';

  // Try again takes the place of Check: the second click of a double-click on Check lands on it.
  const tryAgain = (event: MouseEvent) => {
    if (event.detail < 2) ex.tryAgain();
  };

  // "Show the answer" leaves with its button; send focus to what it revealed.
  useEffect(() => {
    if (ex.phase === 'answer') feedbackRef.current?.focus();
  }, [ex.phase]);

  return (
    // Named by the heading and the prompt: a lesson has several exercises with the same heading
    // ("Question"), and a landmark's name must tell it apart from the others.
    <section
      className="exercise"
      id={spec.id}
      aria-labelledby={spec.promptHtml ? `${headingId} ${promptId}` : headingId}
      data-exercise={spec.type}
    >
      <h3 id={headingId} className="exercise__title">
        {exerciseTitle(spec)}
      </h3>
      {spec.promptHtml ? (
        <div
          id={promptId}
          className="exercise__prompt"
          dangerouslySetInnerHTML={{ __html: spec.promptHtml }}
        />
      ) : null}

      {children}

      <div className="exercise__status">
        {status}
        {process.env.NODE_ENV === 'development' ? <PreviewSlowCheck busy={ex.busy} /> : null}
        {ex.attemptsLeft !== null && ex.canCheck ? (
          <span> {exerciseText.attemptsLeft(ex.attemptsLeft)}</span>
        ) : null}
      </div>

      <div className="exercise__actions">
        {/* A locked exercise (class mode) still lets the student go back to their answer. */}
        {!reviewing || ex.canCheck || ex.locked ? (
          <button
            type="button"
            className="ex-button ex-button--primary"
            onClick={reviewing ? tryAgain : () => void ex.check()}
            // Not disabled while busy, nor Hint: a focused button that turns disabled drops
            // keyboard focus to the page. A second press meanwhile is ignored (use-exercise.ts).
            disabled={!reviewing && !ex.canCheck}
          >
            {reviewing
              ? exerciseText.tryAgain
              : ex.busy
                ? exerciseText.checking
                : exerciseText.check}
          </button>
        ) : null}
        {!reviewing ? actions : null}
        {ex.moreHints ? (
          <button type="button" className="ex-button" onClick={() => void ex.nextHint()}>
            {ex.hints.length === 0 ? exerciseText.hint : exerciseText.anotherHint}
          </button>
        ) : null}
        {ex.canShowAnswer ? (
          <button
            type="button"
            className="ex-button"
            onClick={() => void ex.showAnswer()}
            disabled={ex.busy}
          >
            {exerciseText.showAnswer}
          </button>
        ) : null}
      </div>
      {!ex.canCheck && !ex.locked ? (
        <p className="exercise__note">{exerciseText.noAttemptsLeft}</p>
      ) : null}
      {host ? <host.Note lessonSlug={spec.lesson.slug} exerciseId={spec.id} /> : null}
      {ex.notice ? <p className="exercise__note exercise__note--warn">{ex.notice}</p> : null}

      {ex.hints.length > 0 ? (
        <div className="exercise__hints">
          <h4>{exerciseText.hintsHeading}</h4>
          <ol>
            {ex.hints.map((hint, i) =>
              hint.html ? (
                <li key={i} dangerouslySetInnerHTML={{ __html: hint.html }} />
              ) : (
                <li key={i}>{hint.text}</li>
              ),
            )}
          </ol>
        </div>
      ) : null}

      {reviewing ? (
        <div className="exercise__feedback">
          <h4 ref={feedbackRef} tabIndex={-1}>
            {ex.phase === 'answer' ? exerciseText.answerShown : exerciseText.feedbackHeading}
          </h4>
          {ex.phase === 'reviewing' ? <p className="exercise__summary">{ex.summary}</p> : null}
          {feedback}
          {ex.explanationAllowed && ex.key?.explanationHtml ? (
            <div className="exercise__explanation">
              <h4>{exerciseText.explanationHeading}</h4>
              <div dangerouslySetInnerHTML={{ __html: ex.key.explanationHtml }} />
            </div>
          ) : null}
        </div>
      ) : null}

      <p role="status" className="ex-sr-only">
        {ex.message}
      </p>
    </section>
  );
}
