'use client';
/** Moves the class's end date (and with it the day its data is deleted). */
import { useId, useState, type FormEvent } from 'react';
import { ChangeStatus } from '@/components/teacher-class/change-status';
import { EndDateField, endDateProblem } from '@/components/teacher-class/end-date-field';
import { useHydrated } from '@/components/use-hydrated';
import { formatDay } from '@/lib/teacher-class/format-dates';
import { sendJson } from '@/lib/teacher-class/send-json';
import { useChange } from '@/lib/teacher-class/use-change';
import { teacherClassText } from '@/lib/ui-text/teacher-class';

const T = teacherClassText;

interface Props {
  readonly classId: string;
  readonly endsOn: string;
  readonly range: { readonly min: string; readonly max: string };
}

export function EndDateForm({ classId, endsOn, range }: Props) {
  const id = useId();
  const { message, busy, run, clear } = useChange();
  const hydrated = useHydrated();
  const [error, setError] = useState<string | undefined>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const day = String(new FormData(event.currentTarget).get('endsOn') ?? '');
    const problem = endDateProblem(day, range);
    setError(problem);
    if (problem) return clear();
    await run(
      () =>
        sendJson<{ endsOn: string }>('PATCH', `/api/class/teacher/classes/${classId}`, {
          endsOn: day,
        }),
      (klass) => T.klass.endsOnSaved(formatDay(klass.endsOn)),
    );
  }

  return (
    <form className="teacher-form teacher-form--inline" noValidate onSubmit={submit}>
      <EndDateField
        id={`${id}-endsOn`}
        label={T.klass.endsOnLabel}
        range={range}
        defaultValue={endsOn}
        error={error}
      />
      <button type="submit" className="ex-button" disabled={busy || !hydrated}>
        {T.klass.endsOnSave}
      </button>
      <ChangeStatus message={message} />
    </form>
  );
}
