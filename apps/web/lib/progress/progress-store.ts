/**
 * The progress every island of a page shares: exercises, the progress indicator and the hand-in
 * panel are separate client islands, so they meet in this module-level store instead of a React
 * context. Every change is saved at once; another tab's changes arrive through the `storage` event.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { emptyProgress, type ExerciseProgress, type ProgressState } from '@sayswho/core/quiz';
import { exerciseProgressOf } from './lesson-completion';
import {
  PROGRESS_STORAGE_KEY,
  clearProgress,
  readProgress,
  writeProgress,
  type LessonRef,
  type LoadedProgress,
} from './progress-storage';

export type { LessonRef, LoadedProgress } from './progress-storage';

type Change = (state: ProgressState) => ProgressState;

interface Store {
  readonly lesson: LessonRef | undefined;
  snapshot: LoadedProgress | null;
  readonly listeners: Set<() => void>;
}

// One store per lesson (the home page, which shows every lesson, uses the key '').
const stores = new Map<string, Store>();
/**
 * A device with nothing saved, as the server and hydration render it. The device's own read gives
 * this very object back when it holds nothing, so React has nothing to render again when script
 * takes over (a new student's first visit).
 */
const NOTHING_SAVED: LoadedProgress = { state: emptyProgress(), notices: [], unsaved: false };

function storeFor(lesson: LessonRef | undefined): Store {
  const id = lesson ? `${lesson.slug}\n${lesson.fingerprint}` : '';
  let store = stores.get(id);
  if (!store) {
    store = { lesson, snapshot: null, listeners: new Set() };
    stores.set(id, store);
  }
  return store;
}

function load(store: Store): LoadedProgress {
  store.snapshot ??= readProgress(store.lesson, NOTHING_SAVED);
  return store.snapshot;
}

function notify(store: Store): void {
  for (const listener of store.listeners) listener();
}

/** Reads the device's progress again in every store (another tab saved, or a new student). */
export function reloadProgress(): void {
  for (const store of stores.values()) {
    store.snapshot = null;
    notify(store);
  }
}

function onStorage(event: StorageEvent): void {
  if (event.key === PROGRESS_STORAGE_KEY || event.key === null) reloadProgress();
}

let subscribers = 0;

function subscribeTo(store: Store, listener: () => void): () => void {
  if (subscribers === 0) window.addEventListener('storage', onStorage);
  subscribers += 1;
  store.listeners.add(listener);
  return () => {
    store.listeners.delete(listener);
    subscribers -= 1;
    if (subscribers === 0) window.removeEventListener('storage', onStorage);
  };
}

/**
 * Applies a change from the core's progress model and saves it at once. On a device that will not
 * keep it, the change still holds for as long as the page is open (and the page says so).
 */
export function updateProgress(lesson: LessonRef | undefined, change: Change): void {
  const store = storeFor(lesson);
  const { state, notices, unsaved } = load(store);
  const next = change(state);
  const problem = writeProgress(next);
  store.snapshot = {
    state: next,
    notices: problem && !notices.includes(problem) ? [...notices, problem] : notices,
    unsaved: unsaved || problem !== null,
  };
  notify(store);
  // Other stores on the page (rare: a lesson page that also lists lessons) see the saved state.
  for (const other of stores.values()) {
    if (other !== store && other.snapshot) {
      other.snapshot = null;
      notify(other);
    }
  }
}

/** Clears this device's progress for every lesson, after the student confirmed. */
export function clearDeviceProgress(): void {
  clearProgress();
  reloadProgress();
}

/**
 * The device's progress, checked against `lesson` when given. On the server and during hydration
 * this is empty progress; the saved state arrives right after, so the first paint never differs
 * from the static HTML.
 */
export function useProgress(lesson?: LessonRef): LoadedProgress {
  const store = storeFor(lesson);
  const subscribe = useCallback((listener: () => void) => subscribeTo(store, listener), [store]);
  return useSyncExternalStore(
    subscribe,
    () => load(store),
    () => NOTHING_SAVED,
  );
}

/** One exercise's progress as saved now, for a handler that must not act on its last render's copy. */
export function exerciseProgressNow(
  lesson: LessonRef,
  exerciseId: string,
): ExerciseProgress | undefined {
  return exerciseProgressOf(load(storeFor(lesson)).state, lesson, exerciseId);
}

/**
 * One exercise's progress. The core keeps unchanged exercises' records as they were, so an island
 * re-renders only when its own exercise changes, not on every keypress in another exercise.
 */
export function useExerciseProgress(
  lesson: LessonRef,
  exerciseId: string,
): ExerciseProgress | undefined {
  const store = storeFor(lesson);
  const subscribe = useCallback((listener: () => void) => subscribeTo(store, listener), [store]);
  return useSyncExternalStore(
    subscribe,
    () => exerciseProgressNow(lesson, exerciseId),
    () => undefined,
  );
}

/** ISO timestamp for progress records. */
export function nowIso(): string {
  return new Date().toISOString();
}
