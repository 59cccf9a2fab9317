/**
 * A class's last day, on the new-class form and the class page: a date field offering only the
 * days the server accepts (today to a year ahead, in the school's zone), with its help and error.
 */
import { teacherClassText } from '@/lib/ui-text/teacher-class';
import { FieldError } from './field-error';

const T = teacherClassText.newClass;

export interface DayRange {
  readonly min: string;
  readonly max: string;
}

/** What is wrong with `day`, as the server would say it; undefined when nothing is. */
export function endDateProblem(day: string, range: DayRange): string | undefined {
  const bad = !/^\d{4}-\d{2}-\d{2}$/.test(day) || day < range.min || day > range.max;
  return bad ? T.endsOnBad(range.min, range.max) : undefined;
}

interface Props {
  readonly id: string;
  readonly label: string;
  readonly range: DayRange;
  readonly defaultValue: string;
  readonly error: string | undefined;
}

export function EndDateField({ id, label, range, defaultValue, error }: Props) {
  return (
    <div className="teacher-field">
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-help`} className="teacher-field__help">
        {T.endsOnHelp(range.min, range.max)}
      </p>
      <input
        id={id}
        name="endsOn"
        type="date"
        min={range.min}
        max={range.max}
        defaultValue={defaultValue}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-help ${id}-error` : `${id}-help`}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
