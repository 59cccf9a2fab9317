'use client';
/**
 * The new-class form. It checks each field as the server will (so the error sits next to the
 * field), then posts to the route; a refusal the server still gives is shown above the button.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { EndDateField, endDateProblem } from '@/components/teacher-class/end-date-field';
import { FieldError } from '@/components/teacher-class/field-error';
import { useHydrated } from '@/components/use-hydrated';
import { sendJson } from '@/lib/teacher-class/send-json';
import { teacherClassText } from '@/lib/ui-text/teacher-class';

const T = teacherClassText.newClass;

interface Props {
  readonly lessons: readonly { readonly slug: string; readonly title: string }[];
  readonly range: { readonly min: string; readonly max: string };
  readonly suggestedEnd: string;
  readonly maxName: number;
}

interface FieldErrors {
  name?: string;
  lessons?: string;
  endsOn?: string;
}

export function validateNewClass(
  input: { name: string; lessons: readonly string[]; endsOn: string },
  { range, maxName }: Pick<Props, 'range' | 'maxName'>,
): FieldErrors {
  const errors: FieldErrors = {};
  const name = input.name.trim();
  if (!name) errors.name = T.nameMissing;
  else if ([...name].length > maxName) errors.name = T.nameTooLong(maxName);
  if (input.lessons.length === 0) errors.lessons = T.lessonsMissing;
  const endsOn = endDateProblem(input.endsOn, range);
  if (endsOn) errors.endsOn = endsOn;
  return errors;
}

export function NewClassForm({ lessons, range, suggestedEnd, maxName }: Props) {
  const id = useId();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [refusal, setRefusal] = useState('');
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();
  const form = useRef<HTMLFormElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = {
      name: String(data.get('name') ?? ''),
      lessons: data.getAll('lessons').map(String),
      endsOn: String(data.get('endsOn') ?? ''),
    };
    const found = validateNewClass(input, { range, maxName });
    setErrors(found);
    setRefusal('');
    const first = (['name', 'lessons', 'endsOn'] as const).find((field) => found[field]);
    if (first) {
      form.current?.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setBusy(true);
    const sent = await sendJson<{ id: string }>('POST', '/api/class/teacher/classes', {
      ...input,
      name: input.name.trim(),
    });
    if (sent.ok) {
      window.location.assign(`/teacher/classes/${sent.value.id}`);
      return;
    }
    setBusy(false);
    setRefusal(T.failed(sent.reason));
  }

  const describe = (field: keyof FieldErrors, help: string) =>
    [help, errors[field] ? `${id}-${field}-error` : ''].filter(Boolean).join(' ');

  return (
    <form
      ref={form}
      className="teacher-form"
      noValidate
      onSubmit={submit}
      // A field's error goes once the teacher changes that field; the others stay.
      onChange={(event) => {
        const field = (event.target as unknown as HTMLInputElement).name as keyof FieldErrors;
        if (errors[field]) setErrors({ ...errors, [field]: undefined });
      }}
    >
      <div className="teacher-field">
        <label htmlFor={`${id}-name`}>{T.name}</label>
        <p id={`${id}-name-help`} className="teacher-field__help">
          {T.nameHelp}
        </p>
        <input
          id={`${id}-name`}
          name="name"
          type="text"
          autoComplete="off"
          required
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describe('name', `${id}-name-help`)}
        />
        <FieldError id={`${id}-name-error`} message={errors.name} />
      </div>
      <fieldset
        className="teacher-field"
        aria-describedby={describe('lessons', `${id}-lessons-help`)}
      >
        <legend>{T.lessons}</legend>
        <p id={`${id}-lessons-help`} className="teacher-field__help">
          {T.lessonsHelp}
        </p>
        <FieldError id={`${id}-lessons-error`} message={errors.lessons} />
        <ul className="teacher-checks">
          {lessons.map((lesson) => (
            <li key={lesson.slug}>
              <input
                id={`${id}-lesson-${lesson.slug}`}
                type="checkbox"
                name="lessons"
                value={lesson.slug}
                aria-invalid={errors.lessons ? true : undefined}
              />{' '}
              <label htmlFor={`${id}-lesson-${lesson.slug}`}>{lesson.title}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <EndDateField
        id={`${id}-endsOn`}
        label={T.endsOn}
        range={range}
        defaultValue={suggestedEnd}
        error={errors.endsOn}
      />
      <p role="alert" className="teacher-form__refusal">
        {refusal}
      </p>
      <button type="submit" className="ex-button ex-button--primary" disabled={busy || !hydrated}>
        {busy ? T.creating : T.create}
      </button>
    </form>
  );
}
