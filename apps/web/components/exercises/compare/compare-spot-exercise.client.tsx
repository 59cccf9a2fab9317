'use client';
/** A Compare exercise in "spot" mode: mark what changed in both versions of the story. */
import { useMemo, type ReactNode } from 'react';
import type { Span } from '@sayswho/core';
import type { CompareKey, CompareResult, StoredAnswer } from '@sayswho/core/quiz';
import type { ComparePublic, PassageView } from '@sayswho/lessons/exercise-spec';
import { exerciseText } from '@/lib/ui-text/exercise';
import { pickerText } from '@/lib/ui-text/picker';
import { ExerciseShell } from '../shell/exercise-shell';
import { useExercise } from '../shell/use-exercise';
import type { SpotFeedback } from '../spot/spot-feedback';
import { passageWords } from '../word-select/passage-words';
import { WordPicker, markAnnouncement, type MarkChange } from '../word-select/word-picker';

const NO_SPANS: readonly Span[] = [];
type Side = 'from' | 'to';
type SpotCompareKey = Extract<CompareKey, { mode: 'spot' }>;

function spotKeyOf(keys: readonly CompareKey[]): SpotCompareKey | null {
  const key = keys[0];
  return key && key.mode === 'spot' ? key : null;
}

const NO_ANSWER = { from: NO_SPANS, to: NO_SPANS };
const spansIn = (answer: StoredAnswer | null) => (answer?.type === 'compare' ? answer : NO_ANSWER);

export function CompareSpotExercise({
  spec,
  helpId,
  keyHelp,
}: {
  spec: ComparePublic;
  /** The id of `keyHelp`, which the passage names as its description. */
  helpId: string;
  /** The key help, rendered by the server wrapper (word-select/key-help.tsx). */
  keyHelp: ReactNode;
}) {
  const texts = { from: spec.from.text, to: spec.to.text };
  const ex = useExercise<'compare', Extract<CompareResult, { mode: 'spot' }>>(
    spec,
    (saved, key, scoring) => {
      const answer = spansIn(saved);
      const spot = spotKeyOf(key.keys);
      if (!spot) return { ok: false, reason: exerciseText.keyUnavailable };
      const fromOk = scoring.validateSpot(texts.from, spot.from, answer.from);
      const toOk = scoring.validateSpot(texts.to, spot.to, answer.to);
      if (!fromOk.ok && !toOk.ok) return fromOk;
      const result = scoring.scoreCompare(spot, texts, { from: answer.from, to: answer.to });
      if (result.mode !== 'spot') return { ok: false, reason: exerciseText.keyUnavailable };
      return { ok: true, result, score: result.score, summary: result.summary };
    },
    (key, scoring) => {
      const spot = spotKeyOf(key.keys);
      return spot ? [...scoring.hintSteps(spot.from), ...scoring.hintSteps(spot.to)] : [];
    },
  );
  const words = {
    from: useMemo(() => passageWords(spec.from), [spec.from]),
    to: useMemo(() => passageWords(spec.to), [spec.to]),
  };
  const answer = spansIn(ex.answer);
  const count = answer.from.length + answer.to.length;

  function save(from: readonly Span[], to: readonly Span[]) {
    ex.saveAnswer({ type: 'compare', from, to });
  }

  function onChange(side: Side) {
    return (next: Span[], change: MarkChange | null) => {
      if (side === 'from') save(next, answer.to);
      else save(answer.from, next);
      if (change) {
        const total = next.length + (side === 'from' ? answer.to.length : answer.from.length);
        ex.announce(markAnnouncement(change, total));
      }
    };
  }

  const { phase, result, key, scoring, explanationAllowed } = ex;
  const feedback = useMemo((): Record<Side, SpotFeedback> | null => {
    const spotKey = key ? spotKeyOf(key.keys) : null;
    if (!scoring) return null;
    if (phase === 'answer' && spotKey)
      return {
        from: scoring.feedbackFromKey(spotKey.from),
        to: scoring.feedbackFromKey(spotKey.to),
      };
    if (phase === 'reviewing' && result)
      return {
        from: scoring.feedbackFromResult(result.from, explanationAllowed),
        to: scoring.feedbackFromResult(result.to, explanationAllowed),
      };
    return null;
  }, [phase, result, key, scoring, explanationAllowed]);
  function side(which: Side, passage: PassageView) {
    const heading =
      which === 'from'
        ? exerciseText.compare.from(passage.outlet)
        : exerciseText.compare.to(passage.outlet);
    const prefix = `${spec.id}-${which}-note-`;
    return (
      <div className="compare-side">
        <h4>{heading}</h4>
        <p className="passage-credit">{passage.credit}</p>
        <WordPicker
          text={passage.text}
          passage={words[which]}
          label={`${heading}. ${pickerText.label(exerciseText.compare.differences)}`}
          describedBy={helpId}
          spans={answer[which]}
          onChange={onChange(which)}
          feedback={feedback?.[which].marks}
          draw={scoring?.drawFeedback}
          notePrefix={prefix}
        />
        {feedback && scoring ? (
          <scoring.FeedbackNotes notes={feedback[which].notes} idPrefix={prefix} />
        ) : null}
      </div>
    );
  }

  return (
    <ExerciseShell
      spec={spec}
      ex={ex}
      status={pickerText.marked(count)}
      actions={
        count > 0 ? (
          <button
            type="button"
            className="ex-button"
            onClick={() => {
              save([], []);
              ex.announce(pickerText.announce.cleared);
            }}
          >
            {pickerText.clear}
          </button>
        ) : null
      }
    >
      <div className="compare-sides">
        {side('from', spec.from)}
        {side('to', spec.to)}
      </div>
      {keyHelp}
    </ExerciseShell>
  );
}
