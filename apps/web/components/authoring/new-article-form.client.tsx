'use client';
/**
 * The "New article" form: the text as pasted (or read from a .txt), split into headline and
 * numbered paragraphs as the teacher types, exactly as `npm run new -- article` will split it;
 * the article's details, each of which may be "none"; Save writes the files through the same
 * code as the command, after the same checks as `npm run check`.
 */
import { useId, useState, type FormEvent } from 'react';
import { paragraphsOf } from '@sayswho/lessons/paragraphs-of';
import { authoringText as T } from '@/lib/ui-text/authoring';
import { postAuthoring } from './post-authoring';
import { SaveProblems } from './save-problems';
import { useHydrated } from '../use-hydrated';

const DETAILS = ['byline', 'dateline', 'wire', 'url'] as const;
type Detail = (typeof DETAILS)[number];

interface Saved {
  readonly articleId: string;
  readonly written: readonly string[];
}

export function NewArticleForm({ stories, today }: { stories: readonly string[]; today: string }) {
  const id = useId();
  const hydrated = useHydrated();
  const [text, setText] = useState('');
  const [headline, setHeadline] = useState(true);
  const [details, setDetails] = useState<Record<Detail, { text: string; none: boolean }>>(
    () =>
      Object.fromEntries(DETAILS.map((d) => [d, { text: '', none: false }])) as Record<
        Detail,
        { text: string; none: boolean }
      >,
  );
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [saved, setSaved] = useState<Saved | null>(null);

  const lines = paragraphsOf(text);
  const [first, ...rest] = lines;
  const paragraphs = headline ? rest : lines;

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSaving(true);
    setSaved(null);
    const outcome = await postAuthoring<Saved>('/author/article', {
      text,
      headline,
      outlet: form.get('outlet'),
      published: form.get('published'),
      story: form.get('story'),
      ...Object.fromEntries(DETAILS.map((d) => [d, details[d].none ? 'none' : details[d].text])),
    });
    setSaving(false);
    setProblems(outcome.ok ? [] : outcome.problems);
    if (outcome.ok) setSaved(outcome.value);
  }

  return (
    <form className="author-form" onSubmit={save} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{T.newHeading}</h2>
      <label htmlFor={`${id}-text`}>{T.text}</label>
      <p className="author-help" id={`${id}-text-help`}>
        {T.textHelp}
      </p>
      <textarea
        id={`${id}-text`}
        aria-describedby={`${id}-text-help`}
        rows={10}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <label className="author-file">
        {T.pickFile}{' '}
        <input
          type="file"
          accept=".txt,text/plain"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) setText(await file.text());
          }}
        />
      </label>
      <label className="author-check">
        <input type="checkbox" checked={headline} onChange={(e) => setHeadline(e.target.checked)} />{' '}
        {T.hasHeadline}
      </label>

      <section aria-labelledby={`${id}-split`} className="author-split">
        <h3 id={`${id}-split`}>{T.splitHeading}</h3>
        {lines.length === 0 ? (
          <p>{T.noText}</p>
        ) : (
          <>
            <p>{headline ? `${T.splitHeadline}: ${first}` : T.noHeadline}</p>
            <ol>
              {paragraphs.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ol>
          </>
        )}
      </section>

      <div className="author-fields">
        <label>
          {T.outlet} <input name="outlet" required />
        </label>
        <label>
          {T.published} <input name="published" type="date" defaultValue={today} required />
        </label>
        <label>
          {T.story}{' '}
          <input name="story" list={`${id}-stories`} required aria-describedby={`${id}-story`} />
        </label>
        <p className="author-help" id={`${id}-story`}>
          {T.storyHelp}
        </p>
        <datalist id={`${id}-stories`}>
          {stories.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        {DETAILS.map((d) => (
          <div className="author-detail" key={d}>
            <label>
              {T.details[d]}{' '}
              <input
                value={details[d].text}
                disabled={details[d].none}
                required={!details[d].none}
                onChange={(e) =>
                  setDetails({ ...details, [d]: { ...details[d], text: e.target.value } })
                }
              />
            </label>
            <label className="author-check">
              <input
                type="checkbox"
                checked={details[d].none}
                onChange={(e) =>
                  setDetails({ ...details, [d]: { ...details[d], none: e.target.checked } })
                }
              />{' '}
              {T.none}
              <span className="visually-hidden"> ({T.details[d]})</span>
            </label>
          </div>
        ))}
      </div>

      <SaveProblems problems={problems} />
      <button type="submit" disabled={saving || !hydrated}>
        {T.save}
      </button>
      <p role="status" className="author-status">
        {saving ? T.saving : saved ? T.saved(saved.written) : ''}
      </p>
      {saved && <a href={`/author/${saved.articleId}`}>{`${T.annotateIt}: ${saved.articleId}`}</a>}
    </form>
  );
}
