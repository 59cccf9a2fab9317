'use client';
/** The open change under one student of the roster: a new name, whom to merge into, or "remove?". */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { FieldError } from '@/components/teacher-class/field-error';
import { teacherClassText } from '@/lib/ui-text/teacher-class';
import type { Classmate, RosterEntry } from './roster.client';

const T = teacherClassText.klass;

export type ChangeMode = 'rename' | 'merge' | 'remove';

interface Props {
  readonly mode: ChangeMode;
  readonly student: RosterEntry;
  readonly others: readonly Classmate[];
  readonly busy: boolean;
  /** The longest name a student may have (the server's limit, as when joining). */
  readonly maxName: number;
  readonly onApply: (value: string) => void;
  readonly onCancel: () => void;
}

export function StudentChange({ mode, student, others, busy, maxName, onApply, onCancel }: Props) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [error, setError] = useState('');
  // Into the change as it opens: its field, or for "remove" the confirming button.
  const focusFirst = () =>
    form.current?.querySelector<HTMLElement>('input, select, [type="submit"]')?.focus();
  useEffect(focusFirst, [mode]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('value') ?? '').trim();
    if (mode === 'rename') {
      const problem = !value
        ? T.nameMissing
        : [...value].length > maxName
          ? T.nameTooLong(maxName)
          : '';
      setError(problem);
      if (problem) return focusFirst();
    }
    onApply(value);
  }

  const buttons = (confirm: string, danger = false) => (
    <div className="teacher-change__buttons">
      <button
        type="submit"
        className={`ex-button ex-button--primary${danger ? ' teacher-danger' : ''}`}
        disabled={busy}
      >
        {confirm}
      </button>{' '}
      <button type="button" className="ex-button" onClick={onCancel}>
        {T.cancel}
      </button>
    </div>
  );

  return (
    <form
      ref={form}
      className="teacher-change teacher-change--open"
      noValidate
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      {mode === 'rename' ? (
        <>
          <label htmlFor={`${id}-value`}>{T.renameLabel(student.label)}</label>
          <input
            id={`${id}-value`}
            name="value"
            type="text"
            autoComplete="off"
            defaultValue={student.name}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          <FieldError id={`${id}-error`} message={error} />
          {buttons(T.save)}
        </>
      ) : mode === 'merge' ? (
        <>
          <p id={`${id}-help`} className="teacher-field__help">
            {T.mergeHelp}
          </p>
          <label htmlFor={`${id}-value`}>{T.mergeLabel(student.label)}</label>{' '}
          <select id={`${id}-value`} name="value" aria-describedby={`${id}-help`}>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
          {buttons(T.mergeConfirm)}
        </>
      ) : (
        <>
          <p>{T.removeConfirm(student.label)}</p>
          {buttons(T.removeYes, true)}
        </>
      )}
    </form>
  );
}
