/**
 * One student's last answer to one exercise, redrawn for their teacher: Spot marks on the
 * passage (the answer key's drawing, with the marked words listed in text for screen readers),
 * chosen options and sorted items each said right or wrong in words, a rewrite as written.
 */
import type { Span } from '@sayswho/core';
import type { StoredAnswer } from '@sayswho/core/quiz';
import type { ExerciseSpec, PassageView } from '@sayswho/lessons';
import { plainText } from '@sayswho/lessons/plain-text';
import { MarkedPassage } from '@/app/lessons/[slug]/teacher/marked-passage';
import { teacherWorkText } from '@/lib/ui-text/teacher-work';

const T = teacherWorkText.student;

function Marks({ passage, spans }: { passage: PassageView; spans: readonly Span[] }) {
  return (
    <>
      <MarkedPassage passage={passage} marks={spans.map((s) => ({ ...s, borderline: false }))} />
      <p>{T.marked(spans.length)}</p>
      <ul>
        {spans.map((s) => (
          <li key={`${s.start}-${s.end}`}>
            <q>{passage.text.slice(s.start, s.end)}</q>
          </li>
        ))}
      </ul>
    </>
  );
}

function Verdict({ right }: { right: boolean }) {
  return <strong>{right ? `✓ ${T.right}` : `✗ ${T.wrong}`}</strong>;
}

/** Items placed in categories (Classify, Compare by kind), each said right or wrong. */
function Placed({
  items,
  placed,
}: {
  items: readonly { id: string; text: string; right: string | undefined }[];
  placed: Readonly<Record<string, string>>;
}) {
  return (
    <ul className="work-answers">
      {items.map((item) => {
        const chosen = placed[item.id];
        return (
          <li key={item.id}>
            <q>{item.text}</q>: {chosen ? T.placedIn(chosen) : T.notPlaced}
            {chosen ? (
              <>
                {' '}
                <Verdict right={chosen === item.right} />
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

export function StudentAnswer({
  exercise,
  answer,
}: {
  exercise: ExerciseSpec;
  answer: StoredAnswer | null;
}) {
  const { public: spec, key } = exercise;
  if (!answer) return <p>{T.noAnswer}</p>;
  if (answer.type === 'spot' && spec.type === 'spot')
    return <Marks passage={spec.passage} spans={answer.spans} />;
  if (answer.type === 'compare' && spec.type === 'compare')
    return (
      <>
        <h5>{`${T.fromVersion}: ${spec.from.outlet}`}</h5>
        <Marks passage={spec.from} spans={answer.from} />
        <h5>{`${T.toVersion}: ${spec.to.outlet}`}</h5>
        <Marks passage={spec.to} spans={answer.to} />
      </>
    );
  if (answer.type === 'choice' && spec.type === 'choice' && key.type === 'choice')
    return (
      <ul className="work-answers">
        {answer.chosen.map((id) => (
          <li key={id}>
            {plainText(spec.options.find((o) => o.id === id)?.html ?? id)}{' '}
            <Verdict right={key.key.options.some((o) => o.id === id && o.correct)} />
          </li>
        ))}
      </ul>
    );
  if (answer.type === 'classify' && spec.type === 'classify' && key.type === 'classify') {
    const label = new Map(spec.categories.map((c) => [c.id, c.label]));
    const placed = Object.fromEntries(
      Object.entries(answer.placed).map(([item, category]) => [
        item,
        label.get(category) ?? category,
      ]),
    );
    return (
      <Placed
        placed={placed}
        items={spec.items.map((i) => {
          const right = key.key.items.find((k) => k.id === i.id)?.category;
          return { id: i.id, text: i.text, right: right && label.get(right) };
        })}
      />
    );
  }
  if (answer.type === 'classify' && spec.type === 'compare' && key.type === 'compare') {
    const label = new Map(spec.kinds.map((k) => [k.id, k.label]));
    const placed = Object.fromEntries(
      Object.entries(answer.placed).map(([item, kind]) => [item, label.get(kind) ?? kind]),
    );
    return (
      <Placed
        placed={placed}
        items={spec.differences.map((d, n) => {
          const k = key.keys[n];
          const right =
            k?.mode === 'kind' ? k.choice.options.find((o) => o.correct)?.id : undefined;
          return {
            id: d.id,
            text: `${d.fromText || '—'} → ${d.toText || '—'}`,
            right: right && label.get(right),
          };
        })}
      />
    );
  }
  if (answer.type === 'rewrite')
    return <blockquote className="work-rewrite__text">{answer.text}</blockquote>;
  return <p>{T.noAnswer}</p>;
}
