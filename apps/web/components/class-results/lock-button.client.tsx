'use client';
/** Lock or unlock one exercise from the projector view (students can look, not Check). */
import { ChangeStatus } from '@/components/teacher-class/change-status';
import { sendJson } from '@/lib/teacher-class/send-json';
import { useChange } from '@/lib/teacher-class/use-change';
import { classResultsText as T } from '@/lib/ui-text/class-results';

export function LockButton({
  classId,
  lessonSlug,
  exerciseId,
  locked,
}: {
  classId: string;
  lessonSlug: string;
  exerciseId: string;
  locked: boolean;
}) {
  const { message, busy, run } = useChange();
  return (
    <div className="teacher-change">
      <button
        type="button"
        className="ex-button"
        disabled={busy}
        onClick={() =>
          run(
            () =>
              sendJson<{ locked: boolean }>('POST', `/api/class/teacher/classes/${classId}/locks`, {
                lessonSlug,
                exerciseId,
                locked: !locked,
              }),
            (done) => (done.locked ? T.project.lockedNow : T.project.unlockedNow),
          )
        }
      >
        {locked ? T.project.unlock : T.project.lock}
      </button>
      <ChangeStatus message={message} />
    </div>
  );
}
