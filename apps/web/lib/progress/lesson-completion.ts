/** Reading a lesson's progress for display: only progress recorded against the lesson as it is now counts. */
import { ownEntry, type ExerciseProgress, type ProgressState } from '@sayswho/core/quiz';
import type { LessonRef } from './progress-storage';

export function exerciseProgressOf(
  state: ProgressState,
  lesson: LessonRef,
  exerciseId: string,
): ExerciseProgress | undefined {
  const stored = ownEntry(state.lessons, lesson.slug);
  return stored?.fingerprint === lesson.fingerprint
    ? ownEntry(stored.exercises, exerciseId)
    : undefined;
}

export interface Completion {
  readonly done: number;
  readonly total: number;
  /** Any answer, attempt or hint on record. */
  readonly started: boolean;
}

export function lessonCompletion(
  state: ProgressState,
  lesson: LessonRef,
  exerciseIds: readonly string[],
): Completion {
  const entries = exerciseIds.map((id) => exerciseProgressOf(state, lesson, id));
  return {
    done: entries.filter((e) => e?.completed).length,
    total: exerciseIds.length,
    started: entries.some((e) => e !== undefined),
  };
}
