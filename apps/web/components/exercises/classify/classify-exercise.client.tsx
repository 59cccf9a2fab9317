'use client';
/**
 * A Classify exercise: sort items (the sources an article quotes) into categories. Each item has
 * its own labelled select, so sorting needs no dragging and works the same by keyboard, mouse,
 * touch and screen reader.
 */
import { useId, type ReactNode } from 'react';
import type { ClassifyResult, StoredAnswer } from '@sayswho/core/quiz';
import type { ClassifyPublic } from '@sayswho/lessons/exercise-spec';
import { exerciseText } from '@/lib/ui-text/exercise';
import { ExerciseShell } from '../shell/exercise-shell';
import { scoredJudgement, useExercise } from '../shell/use-exercise';
import { RightOrWrong, Verdict } from '../shell/verdict';
import { PassageText } from '../word-select/passage-text';

const NOTHING: Readonly<Record<string, string>> = {};
const placedIn = (answer: StoredAnswer | null) =>
  answer?.type === 'classify' ? answer.placed : NOTHING;

export function ClassifyExercise({
  spec,
  categoryList,
}: {
  spec: ClassifyPublic;
  /** The categories with their definitions, rendered by the server wrapper (shell/category-list.tsx). */
  categoryList: ReactNode;
}) {
  const ex = useExercise<'classify', ClassifyResult>(spec, (answer, key, scoring) => {
    const placed = placedIn(answer);
    return scoredJudgement(scoring.validateClassify(key.key, placed), () =>
      scoring.scoreClassify(key.key, placed),
    );
  });
  const idBase = useId();
  const placed = placedIn(ex.answer);
  const text = exerciseText.classify;
  const label = (category: string) =>
    spec.categories.find((c) => c.id === category)?.label ?? category;

  function place(item: string, category: string) {
    const next = { ...placed };
    if (category) next[item] = category;
    else delete next[item];
    ex.saveAnswer({ type: 'classify', placed: next });
  }

  function verdictFor(id: string) {
    if (ex.phase === 'answer' && ex.key) {
      const item = ex.key.key.items.find((i) => i.id === id);
      return item ? (
        <Verdict tone="missed" label={label(item.category)}>
          {item.explanation}
        </Verdict>
      ) : null;
    }
    const judged = ex.phase === 'reviewing' ? ex.result?.items.find((i) => i.id === id) : undefined;
    return judged ? <RightOrWrong judged={judged} /> : null;
  }

  return (
    <ExerciseShell spec={spec} ex={ex}>
      <details className="ex-context">
        <summary>{text.showText}</summary>
        <p className="passage-credit">{spec.passage.credit}</p>
        <PassageText passage={spec.passage} />
      </details>
      <h4>{text.categoriesHeading}</h4>
      {categoryList}
      <ul className="ex-sort" role="list">
        {spec.items.map((item, n) => {
          const selectId = `${idBase}-${n}`;
          const verdict = verdictFor(item.id);
          return (
            <li key={item.id} className="ex-sort-item">
              <label htmlFor={selectId}>{text.itemLabel(item.text)}</label>
              <select
                id={selectId}
                className="ex-select"
                value={placed[item.id] ?? ''}
                disabled={ex.phase !== 'answering'}
                aria-describedby={verdict ? `${selectId}-verdict` : undefined}
                onChange={(event) => place(item.id, event.target.value)}
              >
                <option value="">{text.unplaced}</option>
                {spec.categories.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </select>
              {verdict ? <div id={`${selectId}-verdict`}>{verdict}</div> : null}
            </li>
          );
        })}
      </ul>
    </ExerciseShell>
  );
}
