/**
 * Where a student's progress lives on this device: one localStorage entry holding the core's
 * versioned progress model for every lesson. Storage can be missing, full or blocked (private
 * windows, school policies): every failure becomes a notice, never an exception.
 */
import { parseProgress, serialiseProgress, type ProgressState } from '@sayswho/core/quiz';
import { progressText } from '@/lib/ui-text/progress';

export const PROGRESS_STORAGE_KEY = 'sayswho.progress';
// Written and removed at once, to learn whether the device will keep anything at all.
const PROBE_KEY = 'sayswho.probe';

export interface LessonRef {
  readonly slug: string;
  readonly fingerprint: string;
}

export interface LoadedProgress {
  readonly state: ProgressState;
  readonly notices: readonly string[];
  /** This device is not keeping the progress (storage blocked or full): it lives only as long as the page. */
  readonly unsaved: boolean;
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
 * kept as stored. A device that will not keep progress is found here, so the student is told
 * before their first answer, not after it. A device that holds nothing gives back `nothingSaved`
 * itself, so a caller that already shows that object (hydration's snapshot) sees no change.
 */
export function readProgress(lesson?: LessonRef, nothingSaved?: LoadedProgress): LoadedProgress {
  const store = storage();
  let raw: string | null = null;
  let unsaved = !store;
  try {
    raw = store?.getItem(PROGRESS_STORAGE_KEY) ?? null;
    store?.setItem(PROBE_KEY, '');
    store?.removeItem(PROBE_KEY);
  } catch {
    unsaved = true;
  }
  if (raw === null && !unsaved && nothingSaved) return nothingSaved;
  const { state, notices } = parseProgress(raw, lesson ? [lesson] : []);
  return {
    state,
    notices: unsaved ? [...notices, progressText.storageUnavailable] : notices,
    unsaved,
  };
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
