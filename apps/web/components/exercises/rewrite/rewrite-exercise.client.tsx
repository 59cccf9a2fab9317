'use client';
/**
 * A Rewrite exercise: rewrite a loaded sentence plainly. The core can tell which loaded words are
 * still there, not whether the new sentence is fair and true, so the best verdict it gives is
 * "for your teacher to review" — shown as such, never as right or wrong.
 */
import { useId } from 'react';
import type { RewriteResult, StoredAnswer } from '@sayswho/core/quiz';
import type { RewritePublic } from '@sayswho/lessons/exercise-spec';
import { exerciseText } from '@/lib/ui-text/exercise';
import { ExerciseShell } from '../shell/exercise-shell';
import { useExercise } from '../shell/use-exercise';
import { Verdict } from '../shell/verdict';

const draftIn = (answer: StoredAnswer | null) => (answer?.type === 'rewrite' ? answer.text : '');

export function RewriteExercise({ spec }: { spec: RewritePublic }) {
  const text = exerciseText.rewrite;
  const ex = useExercise<'rewrite', RewriteResult>(spec, (answer, key, scoring) => {
    const result = scoring.checkRewrite(key.key, draftIn(answer));
    if (result.verdict === 'empty') return { ok: false, reason: result.feedback };
    return {
      ok: true,
      result,
      score: null,
      summary: `${text.verdict[result.verdict]}. ${result.feedback}`,
      completed: result.verdict === 'for-teacher-review',
    };
  });
  const id = useId();
  const draft = draftIn(ex.answer);

  const suggestions =
    ex.phase === 'answer' && ex.key
      ? ex.key.key.loaded.map((l) => ({
          text: l.text,
          alternatives: l.alternatives,
          explanation: l.explanation,
        }))
      : ex.phase === 'reviewing' && ex.result
        ? ex.result.suggestions.map((s) => ({ ...s, explanation: '' }))
        : [];
  const remaining = ex.phase === 'reviewing' && ex.result ? ex.result.remaining : [];

  return (
    <ExerciseShell
      spec={spec}
      ex={ex}
      feedback={
        <>
          {ex.phase === 'reviewing' && ex.result ? (
            <p>
              <Verdict
                tone={ex.result.verdict === 'for-teacher-review' ? 'review' : 'wrong'}
                label={text.verdict[ex.result.verdict]}
              />
            </p>
          ) : null}
          {remaining.length > 0 ? (
            <>
              <h4>{text.stillLoaded}</h4>
              <ul>
                {remaining.map((l) => (
                  <li key={l.id}>“{l.text}”</li>
                ))}
              </ul>
            </>
          ) : null}
          {suggestions.length > 0 ? (
            <>
              <h4>{text.plainerWords}</h4>
              <ul>
                {suggestions.map((s) => (
                  <li key={s.text}>
                    “{s.text}” → {s.alternatives.map((a) => `“${a}”`).join(', ')}
                    {s.explanation ? <span className="fb-note__why">{s.explanation}</span> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      }
    >
      <p className="ex-label">{text.original}</p>
      <blockquote className="ex-original">
        <p>{spec.original}</p>
      </blockquote>
      <p className="passage-credit">{spec.credit}</p>
      <label className="ex-label" htmlFor={`${id}-text`}>
        {text.yourVersion}
      </label>
      <span className="ex-help" id={`${id}-help`}>
        {text.yourVersionHelp}
      </span>
      <textarea
        id={`${id}-text`}
        className="ex-textarea"
        aria-describedby={`${id}-help`}
        value={draft}
        readOnly={ex.phase !== 'answering'}
        spellCheck
        onChange={(event) => ex.saveAnswer({ type: 'rewrite', text: event.target.value })}
      />
    </ExerciseShell>
  );
}
