/**
 * The teacher view of one exercise: its prompt and hints, the answer key from the corpus drawn
 * on the passage (or listed, for choices, sorting and rewrites), and the explanation students
 * see after checking.
 */
import { DIFFERENCE_KINDS, isVocabularyId, type Span } from '@sayswho/core';
import type { SpotKey } from '@sayswho/core/quiz';
import type { ExerciseSpec, PassageView } from '@sayswho/lessons';
import { UI } from '@/lib/ui-text';
import { MarkedPassage } from './marked-passage';

const T = UI.lesson.teacher;

function Html({ html, className }: { html: string; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}

function SpotKeyView({ passage, spotKey }: { passage: PassageView; spotKey: SpotKey }) {
  return (
    <>
      <MarkedPassage
        passage={passage}
        marks={spotKey.gold.map((g) => ({ ...g.span, borderline: g.borderline }))}
      />
      <ol className="answer-key__items">
        {spotKey.gold.map((g) => (
          <li key={g.id}>
            <q>{g.label}</q>
            {g.paragraph !== null ? ` (¶${g.paragraph})` : ''}
            {g.borderline ? ` — ${T.borderline}` : ''}
            <br />
            <span className="answer-key__why">{g.explanation}</span>
          </li>
        ))}
      </ol>
    </>
  );
}

function quote(text: string, span: Span | null): string {
  return span ? text.slice(span.start, span.end) : '—';
}

function KeyBody({ exercise }: { exercise: ExerciseSpec }) {
  const { public: spec, key } = exercise;
  if (spec.type === 'spot' && key.type === 'spot')
    return <SpotKeyView passage={spec.passage} spotKey={key.key} />;
  if (spec.type === 'choice' && key.type === 'choice') {
    return (
      <ol className="answer-key__items">
        {spec.options.map((option) => {
          const k = key.key.options.find((o) => o.id === option.id);
          return (
            <li key={option.id} className={k?.correct ? 'answer-key__correct' : undefined}>
              <strong>{k?.correct ? `✓ ${T.correct}` : `✗ ${T.notCorrect}`}</strong>
              <Html html={option.html} />
              {k?.feedback ? (
                <p>
                  {T.feedback}: {k.feedback}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
    );
  }
  if (spec.type === 'classify' && key.type === 'classify') {
    return (
      <table className="answer-key__table">
        <thead>
          <tr>
            <th scope="col">{T.answerKey}</th>
            <th scope="col">{T.category}</th>
          </tr>
        </thead>
        <tbody>
          {key.key.items.map((item) => (
            <tr key={item.id}>
              <td>
                <q>{item.text}</q>
                <br />
                <span className="answer-key__why">{item.explanation}</span>
              </td>
              <td>
                {key.key.categories.find((c) => c.id === item.category)?.label ?? item.category}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  if (spec.type === 'rewrite' && key.type === 'rewrite') {
    return (
      <>
        <blockquote>{key.key.original}</blockquote>
        <p>{T.loadedWords}:</p>
        <ul className="answer-key__items">
          {key.key.loaded.map((l) => (
            <li key={l.id}>
              <q>{l.text}</q> → {l.alternatives.join(', ') || '—'}
              <br />
              <span className="answer-key__why">{l.explanation}</span>
            </li>
          ))}
        </ul>
      </>
    );
  }
  if (spec.type === 'compare' && key.type === 'compare') {
    return (
      <>
        {key.keys.map((k, i) =>
          k.mode === 'spot' ? (
            <div key={i} className="answer-key__compare">
              <SpotKeyView passage={spec.from} spotKey={k.from} />
              <SpotKeyView passage={spec.to} spotKey={k.to} />
            </div>
          ) : (
            <dl key={i} className="answer-key__difference">
              <dt>
                {T.difference} “{k.differenceId}”: <q>{quote(spec.from.text, k.from)}</q> →{' '}
                <q>{quote(spec.to.text, k.to)}</q>
              </dt>
              <dd>
                {T.kind}:{' '}
                {k.choice.options
                  .filter((o) => o.correct)
                  .map((o) =>
                    isVocabularyId(DIFFERENCE_KINDS, o.id) ? DIFFERENCE_KINDS[o.id].label : o.id,
                  )
                  .join(', ')}
                <br />
                <span className="answer-key__why">
                  {k.choice.options.find((o) => o.correct)?.feedback}
                </span>
              </dd>
            </dl>
          ),
        )}
      </>
    );
  }
  return null;
}

export function ExerciseKey({ exercise }: { exercise: ExerciseSpec }) {
  const { public: spec, key } = exercise;
  return (
    <section className="answer-key" id={spec.id} aria-label={T.exercise(spec.type, spec.id)}>
      <h3 className="answer-key__title">
        {T.answerKey}: {T.exercise(spec.type, spec.id)}
      </h3>
      {spec.promptHtml ? <Html html={spec.promptHtml} className="exercise__prompt" /> : null}
      {spec.hintsHtml.length > 0 && <p>{T.hints}:</p>}
      {spec.hintsHtml.length > 0 && (
        <ol className="answer-key__hints">
          {spec.hintsHtml.map((h, i) => (
            <li key={i}>
              <Html html={h} />
            </li>
          ))}
        </ol>
      )}
      <KeyBody exercise={exercise} />
      <div className="answer-key__explanation">
        <p>
          <strong>{T.explanation}:</strong>
        </p>
        {key.explanationHtml ? <Html html={key.explanationHtml} /> : <p>{T.noExplanation}</p>}
      </div>
    </section>
  );
}
