'use client';
/** "New join code", for a code that has leaked; students already in the class stay in. */
import { ChangeStatus } from '@/components/teacher-class/change-status';
import { sendJson } from '@/lib/teacher-class/send-json';
import { useChange } from '@/lib/teacher-class/use-change';
import { teacherClassText } from '@/lib/ui-text/teacher-class';

const T = teacherClassText.klass;

export function NewJoinCode({ classId }: { classId: string }) {
  const { message, busy, run } = useChange();
  return (
    <div className="teacher-change">
      <p className="teacher-field__help">{T.newCodeHelp}</p>
      <button
        type="button"
        className="ex-button"
        disabled={busy}
        onClick={() =>
          run(
            () =>
              sendJson<{ joinCode: string }>(
                'POST',
                `/api/class/teacher/classes/${classId}/join-code`,
              ),
            (klass) => T.newCodeDone(klass.joinCode),
          )
        }
      >
        {T.newCode}
      </button>
      <ChangeStatus message={message} />
    </div>
  );
}
