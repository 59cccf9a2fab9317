'use client';
/**
 * The student's own progress on one lesson of the home list, read from this device's storage.
 * The list itself is static HTML; this island only fills in the progress line.
 */
import { useProgress } from '@/lib/progress/progress-store';
import { UI } from '@/lib/ui-text';

export interface LessonProgressProps {
  readonly slug: string;
  readonly fingerprint: string;
  readonly exerciseIds: readonly string[];
}

export function LessonProgress({ slug, fingerprint, exerciseIds }: LessonProgressProps) {
  const { state } = useProgress();
  const lesson = state.lessons[slug];
  // Progress recorded against an older version of the lesson belongs to another answer key.
  const exercises = lesson?.fingerprint === fingerprint ? lesson.exercises : {};
  const done = exerciseIds.filter((id) => exercises[id]?.completed).length;
  const started = exerciseIds.some((id) => exercises[id]);
  const total = exerciseIds.length;
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
