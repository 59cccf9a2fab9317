/**
 * Where a student's progress lives on this device: one localStorage entry holding the core's
 * versioned progress model for every lesson. Storage can be missing, full or blocked (private
 * windows, school policies): every failure becomes a notice, never an exception.
 */
import {
  emptyProgress,
  parseProgress,
  serialiseProgress,
  type ProgressState,
} from '@sayswho/core/quiz';
import { progressText } from '@/lib/ui-text/progress';

export const PROGRESS_STORAGE_KEY = 'sayswho.progress';

export interface LessonRef {
  readonly slug: string;
  readonly fingerprint: string;
}

export interface LoadedProgress {
  readonly state: ProgressState;
  readonly notices: readonly string[];
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Reads the stored progress. With `lesson`, that lesson's progress is checked against its current
 * fingerprint (a changed lesson loses its old answers, with the core's notice); other lessons are
 * kept as stored.
 */
export function readProgress(lesson?: LessonRef): LoadedProgress {
  const store = storage();
  let raw: string | null;
  try {
    raw = store ? store.getItem(PROGRESS_STORAGE_KEY) : null;
  } catch {
    return { state: emptyProgress(), notices: [progressText.storageUnavailable] };
  }
  const all = parseProgress(raw, []);
  if (!lesson) return all;
  // The page knows its lesson's fingerprint but not every exercise id of it; the fingerprint
  // already changes when exercises do, so the stored ids of a matching lesson are the right list.
  const exerciseIds = Object.keys(all.state.lessons[lesson.slug]?.exercises ?? {});
  return parseProgress(raw, [{ ...lesson, exerciseIds }]);
}

/** Saves the whole state; returns a notice when the device would not keep it. */
export function writeProgress(state: ProgressState): string | null {
  const store = storage();
  if (!store) return progressText.storageUnavailable;
  try {
    store.setItem(PROGRESS_STORAGE_KEY, serialiseProgress(state));
    return null;
  } catch {
    return progressText.storageUnavailable;
  }
}

/** Forgets every lesson's progress on this device (a new student on a shared device). */
export function clearProgress(): void {
  try {
    storage()?.removeItem(PROGRESS_STORAGE_KEY);
  } catch {
    // Nothing stored that could be removed: the device already holds no progress.
  }
}
