'use client';
/**
 * The student's own progress on one lesson of the home list, read from this device's storage.
 * The list itself is static HTML; this island only fills in the progress line.
 */
import { lessonCompletion } from '@/lib/progress/lesson-completion';
import { useProgress } from '@/lib/progress/progress-store';
import { UI } from '@/lib/ui-text';

export interface LessonProgressProps {
  readonly slug: string;
  readonly fingerprint: string;
  readonly exerciseIds: readonly string[];
}

export function LessonProgress({ slug, fingerprint, exerciseIds }: LessonProgressProps) {
  const { state } = useProgress();
  const { done, total, started } = lessonCompletion(state, { slug, fingerprint }, exerciseIds);
  const text =
    total > 0 && done === total
      ? UI.home.done
      : started
        ? UI.progress.indicator(done, total)
        : UI.progress.notStarted;
  return (
    <span
      className="lesson-progress"
      data-state={done === total && total > 0 ? 'done' : started ? 'started' : 'new'}
    >
      {text}
      {started && (
        <meter className="lesson-meter" min={0} max={total} value={done} aria-hidden="true" />
      )}
    </span>
  );
}
