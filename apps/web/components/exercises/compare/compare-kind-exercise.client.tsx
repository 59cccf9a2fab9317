'use client';
/**
 * A Compare exercise in "kind" mode: for each difference between the two versions, choose what
 * kind of change it is. The choices are kept like a Classify answer (difference id → kind).
 */
import { useId, type ReactNode } from 'react';
import type { ChoiceResult, StoredAnswer } from '@sayswho/core/quiz';
import type { ComparePublic } from '@sayswho/lessons/exercise-spec';
import { exerciseText } from '@/lib/ui-text/exercise';
import { ExerciseShell } from '../shell/exercise-shell';
import { useExercise } from '../shell/use-exercise';
import { RightOrWrong, Verdict } from '../shell/verdict';

const NOTHING: Readonly<Record<string, string>> = {};
const placedIn = (answer: StoredAnswer | null) =>
  answer?.type === 'classify' ? answer.placed : NOTHING;

export function CompareKindExercise({
  spec,
  categoryList,
}: {
  spec: ComparePublic;
  /** The kinds with their definitions, rendered by the server wrapper (shell/category-list.tsx). */
  categoryList: ReactNode;
}) {
  const text = exerciseText.compare;
  const texts = { from: spec.from.text, to: spec.to.text };
  const ex = useExercise<'compare', readonly (ChoiceResult | null)[]>(
    spec,
    (answer, key, scoring) => {
      const placed = placedIn(answer);
      if (!spec.differences.some((d) => placed[d.id])) return { ok: false, reason: text.chooseOne };
      const results = spec.differences.map((d, n) => {
        const k = key.keys[n];
        const kind = placed[d.id];
        if (!k || k.mode !== 'kind') return null;
        const result = scoring.scoreCompare(k, texts, { kind: kind ? [kind] : [] });
        return result.mode === 'kind' ? result.choice : null;
      });
      const right = results.filter((r) => r?.correct).length;
      const score =
        results.reduce((sum, r) => sum + (r?.score ?? 0), 0) / Math.max(1, spec.differences.length);
      return {
        ok: true,
        result: results,
        score,
        summary: text.kindSummary(right, spec.differences.length),
      };
    },
  );
  const name = useId();
  const placed = placedIn(ex.answer);
  const kindLabel = (id: string) => spec.kinds.find((k) => k.id === id)?.label ?? id;

  function choose(difference: string, kind: string) {
    const next = { ...placed, [difference]: kind };
    ex.saveAnswer({ type: 'classify', placed: next });
  }

  function verdictFor(n: number) {
    const k = ex.key?.keys[n];
    if (ex.phase === 'answer' && k?.mode === 'kind') {
      const right = k.choice.options.find((o) => o.correct);
      return right ? (
        <Verdict tone="missed" label={kindLabel(right.id)}>
          {right.feedback}
        </Verdict>
      ) : null;
    }
    const chosen =
      ex.phase === 'reviewing' ? ex.result?.[n]?.options.find((o) => o.chosen) : undefined;
    return chosen ? <RightOrWrong judged={chosen} /> : null;
  }

  return (
    <ExerciseShell spec={spec} ex={ex}>
      {categoryList}
      {spec.differences.map((d, n) => {
        const verdict = verdictFor(n);
        return (
          <div key={d.id} className="ex-difference">
            <h4>{text.differenceHeading(n + 1)}</h4>
            <p className="ex-help">{text.inOutlet(spec.from.outlet)}</p>
            <blockquote>{d.fromText ? `“${d.fromText}”` : text.nothing}</blockquote>
            <p className="ex-help">{text.inOutlet(spec.to.outlet)}</p>
            <blockquote>{d.toText ? `“${d.toText}”` : text.nothing}</blockquote>
            {d.fromContext || d.toContext ? (
              <details className="ex-context">
                <summary>{text.inContext}</summary>
                {d.fromContext ? (
                  <p>
                    <span className="ex-help">{text.inOutlet(spec.from.outlet)}</span>{' '}
                    {d.fromContext}
                  </p>
                ) : null}
                {d.toContext ? (
                  <p>
                    <span className="ex-help">{text.inOutlet(spec.to.outlet)}</span> {d.toContext}
                  </p>
                ) : null}
              </details>
            ) : null}
            <fieldset
              className="ex-fieldset"
              aria-describedby={verdict ? `${name}-${n}-verdict` : undefined}
            >
              <legend>{text.kindLabel(n + 1)}</legend>
              {spec.kinds.map((k) => (
                <div key={k.id} className="ex-option">
                  <label>
                    <input
                      type="radio"
                      name={`${name}-${n}`}
                      value={k.id}
                      checked={placed[d.id] === k.id}
                      disabled={ex.phase !== 'answering'}
                      onChange={() => choose(d.id, k.id)}
                    />
                    <span className="ex-option__text">{k.label}</span>
                  </label>
                </div>
              ))}
            </fieldset>
            {verdict ? <div id={`${name}-${n}-verdict`}>{verdict}</div> : null}
          </div>
        );
      })}
    </ExerciseShell>
  );
}
