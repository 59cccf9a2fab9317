'use client';
/**
 * The Annotate page's island: the article in the students' word picker, the form for one
 * annotation (its parts picked in turn, its fields chosen from the vocabulary), and the list of
 * the article's annotations to edit or delete. Every save goes to /author/annotation, which
 * checks it like `npm run check` and changes the file in place; the page then re-renders from
 * the files.
 */
import { useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import type { Annotation, Block, Span } from '@sayswho/core';
import { ANNOTATION_KINDS, CLAIM_STATUSES, SOURCE_TYPES } from '@sayswho/core/vocabulary';
import { KeyHelp } from '@/components/exercises/word-select/key-help';
import { passageWords } from '@/components/exercises/word-select/passage-words';
import { WordPicker } from '@/components/exercises/word-select/word-picker';
import { authoringText } from '@/lib/ui-text/authoring';
import {
  EMPTY_DRAFT,
  coveringSpan,
  draftOf,
  partsOf,
  suggestedId,
  type Draft,
  type Part,
} from './annotation-draft';
import { postAuthoring } from './post-authoring';
import { SaveProblems } from './save-problems';
import { VocabularySelect } from './vocabulary-select';
import { useHydrated } from '../use-hydrated';

const T = authoringText.annotate;
const NO_SPANS: readonly Span[] = [];

interface Props {
  readonly articleId: string;
  readonly text: string;
  readonly blocks: readonly Block[];
  readonly annotations: readonly Annotation[];
  /** The article with its annotations drawn by layer, shown above their list. */
  readonly children?: ReactNode;
}

export function AnnotateArticle({ articleId, text, blocks, annotations, children }: Props) {
  const router = useRouter();
  const hydrated = useHydrated();
  const passage = useMemo(() => passageWords({ text, blocks }), [text, blocks]);
  const [marked, setMarked] = useState<readonly Span[]>(NO_SPANS);
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [replacing, setReplacing] = useState<string | null>(null);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [status, setStatus] = useState('');
  const formHeading = useRef<HTMLHeadingElement>(null);
  const words = (s: Span | undefined) => (s ? text.slice(s.start, s.end) : null);
  const change = (fields: Partial<Draft>) => setDraft({ ...draft, ...fields });
  const attributions = annotations.filter((a) => a.kind === 'attribution');

  function takePart(part: Part) {
    const span = coveringSpan(marked);
    if (!span) return setStatus(T.nothingMarked);
    change({ parts: { ...draft.parts, [part]: span } });
    setMarked(NO_SPANS);
    setStatus(T.partTaken(T.partLabel[part]!, words(span)!));
  }

  async function send(body: unknown, done: string) {
    setStatus(authoringText.saving);
    const outcome = await postAuthoring<{ id: string | null }>('/author/annotation', body);
    setProblems(outcome.ok ? [] : outcome.problems);
    if (!outcome.ok) return setStatus('');
    setStatus(done);
    setDraft(EMPTY_DRAFT);
    setReplacing(null);
    setMarked(NO_SPANS);
    router.refresh();
  }

  function save(event: FormEvent) {
    event.preventDefault();
    const parts = Object.fromEntries(
      partsOf(draft.kind).flatMap((p) => (draft.parts[p] ? [[p, draft.parts[p]]] : [])),
    );
    const main = words(draft.parts.content ?? draft.parts.quote ?? Object.values(parts)[0]);
    const id = draft.id.trim() || suggestedId(articleId, main ?? draft.kind);
    const annotation = {
      id,
      kind: draft.kind,
      parts,
      explanation: draft.explanation,
      ...(draft.kind === 'attribution' && { sourceType: draft.sourceType }),
      ...(draft.kind === 'unverified-claim' && {
        status: draft.status,
        restsOn: draft.restsOn,
        attribution: draft.attribution || undefined,
      }),
      ...(draft.kind === 'loaded-wording' && {
        alternatives: draft.alternatives
          .split(',')
          .map((a) => a.trim())
          .filter(Boolean),
      }),
    };
    void send({ article: articleId, annotation, ...(replacing && { replacing }) }, T.saved(id));
  }

  return (
    <div className="author-annotate">
      <form
        onSubmit={save}
        aria-labelledby="annotation-heading"
        className="author-form author-compose"
      >
        <h2 id="annotation-heading" tabIndex={-1} ref={formHeading}>
          {replacing ? T.editHeading(replacing) : T.newHeading}
        </h2>
        <div className="author-compose__kind">
          <VocabularySelect
            label={T.kind}
            vocabulary={ANNOTATION_KINDS}
            value={draft.kind}
            onChange={(kind) => change({ kind })}
          />
        </div>
        <div className="picker-layout author-compose__text">
          <WordPicker
            text={text}
            passage={passage}
            label={T.pickerLabel}
            describedBy="author-keys"
            spans={marked}
            onChange={(next) => setMarked(next)}
          />
          <KeyHelp id="author-keys" />
        </div>
        {/* Beside the text on a wide screen, and kept in view while the teacher reads down it. */}
        <div className="author-compose__fields">
          {partsOf(draft.kind).map((part) => (
            <p key={part} className="author-part">
              <span>{T.partValue(T.partLabel[part]!, words(draft.parts[part]))}</span>{' '}
              <button type="button" onClick={() => takePart(part)}>
                {T.partButton(T.partLabel[part]!)}
              </button>
            </p>
          ))}
          {draft.kind === 'attribution' && (
            <VocabularySelect
              label={T.sourceType}
              vocabulary={SOURCE_TYPES}
              value={draft.sourceType}
              onChange={(sourceType) => change({ sourceType })}
            />
          )}
          {draft.kind === 'unverified-claim' && (
            <>
              <fieldset>
                <legend>{T.status}</legend>
                {Object.entries(CLAIM_STATUSES).map(([id, { label }]) => (
                  <label key={id} className="author-check">
                    <input
                      type="checkbox"
                      checked={draft.status.includes(id)}
                      onChange={(e) =>
                        change({
                          status: e.target.checked
                            ? [...draft.status, id]
                            : draft.status.filter((s) => s !== id),
                        })
                      }
                    />{' '}
                    {label}
                  </label>
                ))}
              </fieldset>
              <TextField
                label={T.restsOn}
                value={draft.restsOn}
                onChange={(restsOn) => change({ restsOn })}
              />
              <label>
                {T.attribution}{' '}
                <select
                  value={draft.attribution}
                  onChange={(e) => change({ attribution: e.target.value })}
                >
                  <option value="">{T.noAttribution}</option>
                  {attributions.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.id}
                    </option>
                  ))}
                </select>
              </label>
            </>
          )}
          {draft.kind === 'loaded-wording' && (
            <TextField
              label={T.alternatives}
              value={draft.alternatives}
              onChange={(alternatives) => change({ alternatives })}
            />
          )}
          <label>
            {T.explanation}{' '}
            <textarea
              rows={3}
              value={draft.explanation}
              onChange={(e) => change({ explanation: e.target.value })}
            />
          </label>
          <TextField label={T.id} value={draft.id} onChange={(id) => change({ id })} />
          <SaveProblems problems={problems} />
          <div className="author-actions">
            <button type="submit" disabled={!hydrated}>
              {T.save}
            </button>{' '}
            {replacing && (
              <button
                type="button"
                onClick={() => {
                  setDraft(EMPTY_DRAFT);
                  setReplacing(null);
                  setProblems([]);
                }}
              >
                {T.cancel}
              </button>
            )}
          </div>
          <p role="status" className="author-status">
            {status}
          </p>
        </div>
      </form>
      <section aria-labelledby="existing-heading">
        <h2 id="existing-heading">{T.existingHeading}</h2>
        {children}
        {annotations.length === 0 ? (
          <p>{T.none}</p>
        ) : (
          <ul className="author-annotations">
            {annotations.map((a) => (
              <li key={a.id}>
                <strong>{ANNOTATION_KINDS[a.kind].label}</strong> “{words(a.span)}” ({a.id}){' '}
                <button
                  type="button"
                  aria-label={`${T.edit} ${a.id}`}
                  onClick={() => {
                    setDraft(draftOf(a));
                    setReplacing(a.id);
                    setProblems([]);
                    // The form is above the list: take the teacher (and the screen reader) to it.
                    formHeading.current?.focus();
                  }}
                >
                  {T.edit}
                </button>{' '}
                <button
                  type="button"
                  aria-label={`${T.delete} ${a.id}`}
                  onClick={() => void send({ article: articleId, delete: a.id }, T.deleted(a.id))}
                >
                  {T.delete}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function TextField(props: { label: string; value: string; onChange: (value: string) => void }) {
  return (
    <label>
      {props.label} <input value={props.value} onChange={(e) => props.onChange(e.target.value)} />
    </label>
  );
}
