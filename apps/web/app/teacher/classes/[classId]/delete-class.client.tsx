'use client';
/**
 * Deletes the class once the teacher has typed its name: the one change that cannot be undone,
 * so it asks for more than a click. Then back to the list of classes, which says it is done.
 */
import { useId, useState, type FormEvent } from 'react';
import { ChangeStatus } from '@/components/teacher-class/change-status';
import { useHydrated } from '@/components/use-hydrated';
import { sendJson } from '@/lib/teacher-class/send-json';
import { teacherClassText } from '@/lib/ui-text/teacher-class';

const T = teacherClassText.klass;

export function DeleteClass({ classId, name }: { classId: string; name: string }) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();
  const [failure, setFailure] = useState('');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (typed.trim() !== name) return setFailure(T.deleteMismatch);
    setBusy(true);
    const sent = await sendJson('DELETE', `/api/class/teacher/classes/${classId}`);
    if (sent.ok) return window.location.assign('/teacher?deleted=1');
    setBusy(false);
    setFailure(T.failed(sent.reason));
  }

  return (
    <form className="teacher-form" noValidate onSubmit={submit}>
      <p id={`${id}-help`}>{T.deleteHelp}</p>
      <div className="teacher-field">
        <label htmlFor={`${id}-name`}>{T.deleteLabel(name)}</label>
        <input
          id={`${id}-name`}
          type="text"
          autoComplete="off"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          aria-describedby={`${id}-help`}
        />
      </div>
      <button type="submit" className="ex-button teacher-danger" disabled={busy || !hydrated}>
        {T.deleteButton}
      </button>
      <ChangeStatus message={failure ? { text: failure, failed: true } : null} />
    </form>
  );
}
