'use client';
/** A Spot exercise: mark the spans of a layer (cues, unverified claims, loaded words) in a passage. */
import { useDeferredValue, useMemo, type ReactNode } from 'react';
import type { Span } from '@sayswho/core';
import type { SpotResult, StoredAnswer } from '@sayswho/core/quiz';
import type { SpotPublic } from '@sayswho/lessons/exercise-spec';
import { pickerText } from '@/lib/ui-text/picker';
import { ExerciseShell } from '../shell/exercise-shell';
import { scoredJudgement, useExercise } from '../shell/use-exercise';
import { passageWords } from '../word-select/passage-words';
import { WordPicker, markAnnouncement, type MarkChange } from '../word-select/word-picker';

const NO_SPANS: readonly Span[] = [];
const spansIn = (answer: StoredAnswer | null) =>
  answer?.type === 'spot' ? answer.spans : NO_SPANS;

export function SpotExercise({
  spec,
  helpId,
  keyHelp,
}: {
  spec: SpotPublic;
  /** The id of `keyHelp`, which the passage names as its description. */
  helpId: string;
  /** The key help, rendered by the server wrapper (word-select/key-help.tsx). */
  keyHelp: ReactNode;
}) {
  const { text } = spec.passage;
  const ex = useExercise<'spot', SpotResult>(
    spec,
    (answer, key, scoring) => {
      const spans = spansIn(answer);
      return scoredJudgement(scoring.validateSpot(text, key.key, spans), () =>
        scoring.scoreSpot(text, key.key, spans),
      );
    },
    (key, scoring) => scoring.hintSteps(key.key),
  );
  const passage = useMemo(() => passageWords(spec.passage), [spec.passage]);
  const spans = spansIn(ex.answer);
  const notePrefix = `${spec.id}-note-`;

  function onChange(next: Span[], change: MarkChange | null) {
    ex.saveAnswer({ type: 'spot', spans: next });
    if (change) ex.announce(markAnnouncement(change, next.length));
  }

  // The verdict paints first; the marks on the passage and the notes (most of a Check's layout,
  // measured) follow in a render of their own, and so does building them (about a tenth of the
  // verdict's render, measured): they are worked out from the deferred state. Try again takes
  // them away at once.
  const { phase, result, key, scoring, explanationAllowed } = ex;
  const now = useMemo(
    () => ({ phase, result, key, scoring, explanationAllowed }),
    [phase, result, key, scoring, explanationAllowed],
  );
  const deferred = useDeferredValue(now);
  const feedback = useMemo(() => {
    const { phase, result, key, scoring, explanationAllowed } = deferred;
    return !scoring
      ? null
      : phase === 'answer' && key
        ? scoring.feedbackFromKey(key.key)
        : phase === 'reviewing' && result
          ? scoring.feedbackFromResult(result, explanationAllowed)
          : null;
  }, [deferred]);
  const shown = phase === 'answering' ? null : feedback;

  return (
    <ExerciseShell
      spec={spec}
      ex={ex}
      status={pickerText.marked(spans.length)}
      actions={
        spans.length > 0 ? (
          <button
            type="button"
            className="ex-button"
            onClick={() => {
              ex.saveAnswer({ type: 'spot', spans: [] });
              ex.announce(pickerText.announce.cleared);
            }}
          >
            {pickerText.clear}
          </button>
        ) : null
      }
      feedback={
        shown && scoring ? (
          <>
            <scoring.FeedbackNotes notes={shown.notes} idPrefix={notePrefix} />
            {ex.phase === 'reviewing' && ex.result ? (
              <p className="exercise__next">{ex.result.nextStep}</p>
            ) : null}
          </>
        ) : null
      }
    >
      <p className="passage-credit">{spec.passage.credit}</p>
      <div className="picker-layout">
        <WordPicker
          text={text}
          passage={passage}
          label={pickerText.label(spec.noun.many)}
          describedBy={helpId}
          spans={spans}
          onChange={onChange}
          feedback={shown?.marks}
          draw={scoring?.drawFeedback}
          notePrefix={notePrefix}
        />
        {keyHelp}
      </div>
    </ExerciseShell>
  );
}
