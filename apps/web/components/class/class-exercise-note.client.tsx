'use client';
/** Under a class exercise: that the teacher closed it, and the teacher's review of a rewrite. */
import { classText } from '@/lib/ui-text/class';
import { useExerciseClassState } from './class-state';

export function ClassExerciseNote({
  lessonSlug,
  exerciseId,
}: {
  readonly lessonSlug: string;
  readonly exerciseId: string;
}) {
  const { locked, review } = useExerciseClassState(lessonSlug, exerciseId);
  return (
    <>
      {locked ? <p className="exercise__note exercise__note--warn">{classText.locked}</p> : null}
      {review ? (
        <div className="exercise__review">
          <h4>{classText.reviewHeading}</h4>
          <p>
            <strong>{classText.verdict[review.verdict]}</strong>
            {review.comment ? `: ${review.comment}` : null}
          </p>
        </div>
      ) : null}
    </>
  );
}
