'use client';
/** Moves the class's end date (and with it the day its data is deleted). */
import { useId, useState, type FormEvent } from 'react';
import { ChangeStatus } from '@/components/teacher-class/change-status';
import { FieldError } from '@/components/teacher-class/field-error';
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
  const [error, setError] = useState('');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const day = String(new FormData(event.currentTarget).get('endsOn') ?? '');
    const bad = !/^\d{4}-\d{2}-\d{2}$/.test(day) || day < range.min || day > range.max;
    setError(bad ? T.newClass.endsOnBad(range.min, range.max) : '');
    if (bad) return clear();
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
      <div className="teacher-field">
        <label htmlFor={`${id}-endsOn`}>{T.klass.endsOnLabel}</label>
        <input
          id={`${id}-endsOn`}
          name="endsOn"
          type="date"
          min={range.min}
          max={range.max}
          defaultValue={endsOn}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <FieldError id={`${id}-error`} message={error} />
      </div>
      <button type="submit" className="ex-button" disabled={busy}>
        {T.klass.endsOnSave}
      </button>
      <ChangeStatus message={message} />
    </form>
  );
}
