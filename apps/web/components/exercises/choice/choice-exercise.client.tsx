'use client';
/** A Choice exercise: one or several options, with the lesson's feedback on each option chosen. */
import { useId } from 'react';
import type { ChoiceResult, StoredAnswer } from '@sayswho/core/quiz';
import type { ChoicePublic } from '@sayswho/lessons/exercise-spec';
import { exerciseText } from '@/lib/ui-text/exercise';
import { ExerciseShell } from '../shell/exercise-shell';
import { scoredJudgement, useExercise } from '../shell/use-exercise';
import { RightOrWrong } from '../shell/verdict';

const NONE: readonly string[] = [];
const chosenIn = (answer: StoredAnswer | null) =>
  answer?.type === 'choice' ? answer.chosen : NONE;

export function ChoiceExercise({ spec }: { spec: ChoicePublic }) {
  const ex = useExercise<'choice', ChoiceResult>(spec, (answer, key, scoring) => {
    const chosen = chosenIn(answer);
    return scoredJudgement(scoring.validateChoice(key.key, chosen), () =>
      scoring.scoreChoice(key.key, chosen),
    );
  });
  const name = useId();
  const chosen = chosenIn(ex.answer);
  const text = exerciseText.choice;

  function choose(id: string, on: boolean) {
    const next = spec.multiple ? (on ? [...chosen, id] : chosen.filter((c) => c !== id)) : [id];
    ex.saveAnswer({ type: 'choice', chosen: next });
  }

  function verdictFor(id: string) {
    // With the answer shown, every option's verdict. After a check, only the options the student
    // chose: feedback on a right option they missed would give the answer away before the lesson
    // allows it.
    const judged =
      ex.phase === 'answer' && ex.key
        ? ex.key.key.options.find((o) => o.id === id)
        : ex.phase === 'reviewing'
          ? ex.result?.options.find((o) => o.id === id && o.chosen)
          : undefined;
    return judged ? <RightOrWrong judged={judged} /> : null;
  }

  return (
    <ExerciseShell spec={spec} ex={ex}>
      <fieldset className="ex-fieldset">
        <legend>{spec.multiple ? text.legendMany : text.legendOne}</legend>
        {spec.options.map((option) => {
          const verdict = verdictFor(option.id);
          return (
            <div key={option.id} className="ex-option">
              <label>
                <input
                  type={spec.multiple ? 'checkbox' : 'radio'}
                  name={name}
                  value={option.id}
                  checked={chosen.includes(option.id)}
                  disabled={ex.phase !== 'answering'}
                  aria-describedby={verdict ? `${name}-${option.id}` : undefined}
                  onChange={(event) => choose(option.id, event.target.checked)}
                />
                <div
                  className="ex-option__text"
                  dangerouslySetInnerHTML={{ __html: option.html }}
                />
              </label>
              {verdict ? <div id={`${name}-${option.id}`}>{verdict}</div> : null}
            </div>
          );
        })}
      </fieldset>
    </ExerciseShell>
  );
}
