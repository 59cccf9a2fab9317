'use client';
/** A lesson's progress on this device, for the lesson list: "2 of 5 exercises done". Empty until the student starts. */
import type { LessonRef } from '@/lib/progress/progress-storage';
import { lessonCompletion } from '@/lib/progress/lesson-completion';
import { useProgress } from '@/lib/progress/progress-store';
import { UI } from '@/lib/ui-text';

export function LessonProgressBadge({ lesson, exerciseIds }: { lesson: LessonRef; exerciseIds: readonly string[] }) {
  const { state } = useProgress(lesson);
  const { done, total, started } = lessonCompletion(state, lesson, exerciseIds);
  return started ? <span className="lesson-progress-badge">{UI.progress.indicator(done, total)}</span> : null;
}
