/**
 * One exercise across the class, drawn the way its type asks: the heatmap on the passage (both
 * passages for a Compare by spotting), the spread of answers over options or categories, or the
 * count of rewrites. `detail` adds what the teacher's own page shows and the projector leaves
 * out: the missed items and wrong words, and the link to the rewrites. `printed` is for the
 * printed report: the key always shown (no box to tick on paper), the heatmap's table open, and
 * no link to the class page's sections.
 */
import type { ExerciseSpec } from '@sayswho/lessons';
import { plainText } from '@sayswho/lessons/plain-text';
import type { ShownExercise } from '@/lib/teacher-class/class-view';
import { classResultsText as T } from '@/lib/ui-text/class-results';
import { AnswerDistribution } from './answer-distribution';
import { KeyLegend, KeyToggle } from './key-toggle';
import { MissedItems, WrongWords } from './missed-lists';
import { PassageHeatmap } from './passage-heatmap';

/** The rewrite review's section on the class page. */
export const REWRITES_ANCHOR = 'rewrites';

export function ExerciseResultsView({
  results,
  exercise,
  detail,
  printed = false,
}: {
  results: ShownExercise;
  exercise: ExerciseSpec;
  detail: boolean;
  printed?: boolean;
}) {
  const { view } = results;
  const spec = exercise.public;
  const key = exercise.key;
  if (view.type === 'rewrite')
    return (
      <p>
        {T.rewrites(view.count)}
        {detail && !printed && (
          <>
            {' '}
            <a href={`#${REWRITES_ANCHOR}`}>{T.rewritesLink}</a>
          </>
        )}
      </p>
    );
  const body = (() => {
    if (view.type === 'spot' && spec.type === 'spot' && key.type === 'spot')
      return (
        <>
          <PassageHeatmap
            passage={spec.passage}
            results={view.passage}
            gold={key.key.gold}
            name={spec.passage.outlet}
            tableOpen={printed}
          />
          {detail && (
            <div className="missed-lists">
              <MissedItems items={view.passage.missedItems} answered={view.passage.answered} />
              <WrongWords words={view.passage.wrongWords} />
            </div>
          )}
        </>
      );
    const spotKey = key.type === 'compare' ? key.keys[0] : undefined;
    if (view.type === 'compare-spot' && spec.type === 'compare' && spotKey?.mode === 'spot')
      return (['from', 'to'] as const).map((side) => (
        <div key={side} className="results-side">
          <h5>{spec[side].outlet}</h5>
          <PassageHeatmap
            passage={spec[side]}
            results={view[side]}
            gold={spotKey[side].gold}
            name={spec[side].outlet}
            tableOpen={printed}
          />
          {detail && (
            <div className="missed-lists">
              <MissedItems items={view[side].missedItems} answered={view[side].answered} />
              <WrongWords words={view[side].wrongWords} />
            </div>
          )}
        </div>
      ));
    if (view.type === 'choice' && spec.type === 'choice') {
      const labels = new Map(spec.options.map((o) => [o.id, plainText(o.html)]));
      return (
        <>
          <p>{T.answered(view.options.answered)}</p>
          <AnswerDistribution
            label={plainText(spec.promptHtml)}
            answered={view.options.answered}
            rows={view.options.options.map((o) => ({ ...o, label: labels.get(o.id) ?? o.id }))}
          />
        </>
      );
    }
    if (view.type === 'classify' || view.type === 'compare-kind') {
      const choices =
        spec.type === 'classify' ? spec.categories : spec.type === 'compare' ? spec.kinds : [];
      const labels = new Map(choices.map((c) => [c.id, c.label]));
      return view.items.map((item) => (
        <div key={item.id} className="results-item">
          <h5>
            {T.distribution.item(item.label)} — {T.answered(item.answered)}
          </h5>
          <AnswerDistribution
            label={item.label}
            answered={item.answered}
            rows={item.categories.map((c) => ({ ...c, label: labels.get(c.id) ?? c.id }))}
          />
        </div>
      ));
    }
    return null;
  })();
  const spotted = view.type === 'spot' || view.type === 'compare-spot';
  return (
    <div className={printed ? 'results-scope results-scope--keyed' : 'results-scope'}>
      {printed ? spotted && <KeyLegend /> : <KeyToggle withLegend={spotted} />}
      {spotted && <p className="heatmap__help">{T.heatmap.help}</p>}
      {body}
    </div>
  );
}
