'use client';
/** The progress indicator at the top of a lesson, and the calm notice when saved progress could not be kept. */
import type { LessonRef } from '@/lib/progress/progress-storage';
import { lessonCompletion } from '@/lib/progress/lesson-completion';
import { useProgress } from '@/lib/progress/progress-store';
import { progressText } from '@/lib/ui-text/progress';
import './lesson-progress.css';

export interface LessonExercises {
  readonly lesson: LessonRef;
  /** In lesson order; titles from `exerciseTitle(spec)`. */
  readonly exercises: readonly { readonly id: string; readonly title: string }[];
}

export function LessonProgressBar({ lesson, exercises }: LessonExercises) {
  const { state, notices } = useProgress(lesson);
  const { done, total } = lessonCompletion(
    state,
    lesson,
    exercises.map((e) => e.id),
  );
  return (
    <div className="lesson-progress-bar">
      <label className="lesson-progress-bar__label">
        <span>{progressText.indicatorLabel}: </span>
        <progress max={total} value={done} /> <span>{progressText.indicator(done, total)}</span>
      </label>
      <div role="status">
        {notices.map((notice) => (
          <p key={notice} className="progress-notice">
            {notice}
          </p>
        ))}
      </div>
    </div>
  );
}
