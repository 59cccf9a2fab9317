'use client';
/**
 * The teacher's verdict on one student's rewrite, "good" or "needs work", with a short comment
 * the student sees on their device. Sends it to the reviews route; the page's refresh then shows
 * the saved review above the form, and the status line announces it.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { ChangeStatus } from '@/components/teacher-class/change-status';
import { FieldError } from '@/components/teacher-class/field-error';
import { useHydrated } from '@/components/use-hydrated';
import { sendJson } from '@/lib/teacher-class/send-json';
import { useChange } from '@/lib/teacher-class/use-change';
import { teacherWorkText } from '@/lib/ui-text/teacher-work';

const T = teacherWorkText.rewrites;

export type ReviewVerdict = keyof typeof T.verdict;

interface Props {
  readonly classId: string;
  /** The rewrite's Check event, which the review is stored against. */
  readonly eventId: string;
  readonly studentLabel: string;
  readonly saved: { readonly verdict: ReviewVerdict; readonly comment: string } | null;
  /** The server's limit on a comment. */
  readonly maxComment: number;
}

export function ReviewForm({ classId, eventId, studentLabel, saved, maxComment }: Props) {
  const id = useId();
  const change = useChange();
  const hydrated = useHydrated();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<{ verdict?: string; comment?: string }>({});

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const verdict = data.get('verdict');
    const comment = String(data.get('comment') ?? '').trim();
    const found = {
      verdict: verdict ? undefined : T.verdictMissing,
      comment: [...comment].length > maxComment ? T.commentTooLong(maxComment) : undefined,
    };
    setErrors(found);
    if (found.verdict || found.comment) {
      form.current
        ?.querySelector<HTMLElement>(found.verdict ? 'input[name="verdict"]' : 'textarea')
        ?.focus();
      return;
    }
    await change.run(
      () =>
        sendJson('POST', `/api/class/teacher/classes/${classId}/reviews`, {
          eventId,
          verdict,
          comment,
        }),
      () => T.savedNow(studentLabel),
    );
  }

  return (
    <form ref={form} className="work-review" noValidate onSubmit={submit}>
      <fieldset aria-describedby={errors.verdict ? `${id}-verdict-error` : undefined}>
        <legend>{T.verdictLegend(studentLabel)}</legend>
        {(Object.keys(T.verdict) as ReviewVerdict[]).map((v) => (
          <label key={v} className="work-review__choice">
            <input type="radio" name="verdict" value={v} defaultChecked={saved?.verdict === v} />{' '}
            {T.verdict[v]}
          </label>
        ))}
        <FieldError id={`${id}-verdict-error`} message={errors.verdict} />
      </fieldset>
      <label htmlFor={`${id}-comment`}>{T.comment}</label>
      <textarea
        id={`${id}-comment`}
        name="comment"
        rows={2}
        defaultValue={saved?.comment ?? ''}
        aria-invalid={errors.comment ? true : undefined}
        aria-describedby={errors.comment ? `${id}-comment-error` : undefined}
      />
      <FieldError id={`${id}-comment-error`} message={errors.comment} />
      <button
        type="submit"
        className="ex-button ex-button--primary"
        disabled={change.busy || !hydrated}
      >
        {T.save}
      </button>
      <ChangeStatus message={change.message} />
    </form>
  );
}
