'use client';
/**
 * The Compare versions page's island: each difference between a story's two versions, with both
 * versions' words side by side, and a form to confirm or relabel its kind and explain it. Save
 * goes to /author/difference, which checks it like `npm run check` and changes differences.yaml in
 * place; the page then re-renders from the files.
 */
import { useId, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { Span } from '@sayswho/core';
import { DIFFERENCE_KINDS } from '@sayswho/core/vocabulary';
import { authoringText } from '@/lib/ui-text/authoring';
import { postAuthoring } from './post-authoring';
import { SaveProblems } from './save-problems';
import { VocabularySelect } from './vocabulary-select';
import { useHydrated } from '../use-hydrated';

const T = authoringText.compare;

/**
 * A difference as the page shows it; `written` when differences.yaml has it already, else its
 * `id` is the one the kit suggests (free in the story: differencesToReview).
 */
export interface ReviewedDifference {
  readonly id: string;
  readonly kind: string;
  readonly written: boolean;
  readonly from: Span | null;
  readonly to: Span | null;
  readonly fromWords: string | null;
  readonly toWords: string | null;
  /** Where a teacher finds it: "Los Angeles Times paragraph 3". */
  readonly place: string;
  readonly explanation: string;
}

interface Props {
  readonly storyId: string;
  readonly outlets: readonly [string, string];
  readonly differences: readonly ReviewedDifference[];
}

export function CompareVersions({ storyId, outlets, differences }: Props) {
  if (differences.length === 0) return <p>{T.none}</p>;
  return (
    <ol className="author-differences">
      {differences.map((d, n) => (
        // By place, not id: a found difference keeps its card (and its status) once it is written.
        <li key={`${d.from?.start ?? '-'}:${d.to?.start ?? '-'}`}>
          <DifferenceForm
            storyId={storyId}
            outlets={outlets}
            difference={d}
            n={n + 1}
            total={differences.length}
          />
        </li>
      ))}
    </ol>
  );
}

function DifferenceForm({
  storyId,
  outlets,
  difference: d,
  n,
  total,
}: {
  storyId: string;
  outlets: readonly [string, string];
  difference: ReviewedDifference;
  n: number;
  total: number;
}) {
  const router = useRouter();
  const key = useId();
  const hydrated = useHydrated();
  const [kind, setKind] = useState(d.kind);
  const [explanation, setExplanation] = useState(d.written ? d.explanation : '');
  const [id, setId] = useState(d.id);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [status, setStatus] = useState('');

  async function send(body: unknown, done: string) {
    setStatus(authoringText.saving);
    const outcome = await postAuthoring<{ id: string | null }>('/author/difference', body);
    setProblems(outcome.ok ? [] : outcome.problems);
    setStatus(outcome.ok ? done : '');
    if (outcome.ok) router.refresh();
  }

  function save(event: FormEvent) {
    event.preventDefault();
    const difference = { id: id.trim(), kind, from: d.from, to: d.to, explanation };
    void send(
      { story: storyId, difference, ...(d.written && { replacing: d.id }) },
      T.saved(difference.id),
    );
  }

  const side = (outlet: string, words: string | null) => (
    <div className="author-side">
      <p className="author-side__outlet">{outlet}</p>
      {words ? <blockquote>“{words}”</blockquote> : <p className="author-help">{T.nothing}</p>}
    </div>
  );

  return (
    <form className="author-form author-difference" onSubmit={save} aria-labelledby={`${key}-h`}>
      <h2 id={`${key}-h`}>{T.heading(n, total, d.place)}</h2>
      <div className="author-sides">
        {side(outlets[0], d.fromWords)}
        {side(outlets[1], d.toWords)}
      </div>
      <p className="author-help" id={`${key}-note`}>
        {d.written ? T.written(d.id) : `${T.found} ${T.kitSays(d.explanation)}`}
      </p>
      <VocabularySelect
        label={T.kind}
        vocabulary={DIFFERENCE_KINDS}
        value={kind}
        onChange={setKind}
      />
      <label>
        {T.explanation}{' '}
        <textarea
          rows={2}
          value={explanation}
          aria-describedby={`${key}-note`}
          onChange={(e) => setExplanation(e.target.value)}
        />
      </label>
      <label>
        {T.id} <input value={id} readOnly={d.written} onChange={(e) => setId(e.target.value)} />
      </label>
      <SaveProblems problems={problems} />
      <div className="author-actions">
        <button type="submit" disabled={!hydrated}>
          {T.save(n)}
        </button>{' '}
        {d.written && (
          <button
            type="button"
            onClick={() => void send({ story: storyId, remove: d.id }, T.removed(d.id))}
          >
            {T.remove(n)}
          </button>
        )}
      </div>
      <p role="status" className="author-status">
        {status}
      </p>
    </form>
  );
}
