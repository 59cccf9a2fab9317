/**
 * What the class server says about this student (`GET /api/class/me`): the exercises the teacher
 * locked and the teacher's reviews of their rewrites. Fetched when a class page opens and again
 * on every live message; the exercises read it through the class host.
 */
import { useSyncExternalStore } from 'react';
import type { StudentState } from '@sayswho/classroom';

let state: StudentState | null = null;
const listeners = new Set<() => void>();

export function setStudentState(next: StudentState | null): void {
  state = next;
  for (const listener of listeners) listener();
}

export function subscribeStudentState(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function isLocked(lessonSlug: string, exerciseId: string): boolean {
  return (
    state?.locks.some((l) => l.lessonSlug === lessonSlug && l.exerciseId === exerciseId) ?? false
  );
}

export function useExerciseClassState(lessonSlug: string, exerciseId: string) {
  const locked = useSyncExternalStore(
    subscribeStudentState,
    () => isLocked(lessonSlug, exerciseId),
    () => false,
  );
  const review = useSyncExternalStore(
    subscribeStudentState,
    () =>
      state?.reviews
        .filter((r) => r.lessonSlug === lessonSlug && r.exerciseId === exerciseId)
        .at(-1) ?? null,
    () => null,
  );
  return { locked, review };
}
