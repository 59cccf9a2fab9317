/** An error under its form field; the word "Error:" says so as well as the colour. */
import { teacherClassText as T } from '@/lib/ui-text/teacher-class';

export function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="teacher-field__error">
      <strong>{T.errorPrefix}</strong> {message}
    </p>
  ) : null;
}
