/** A lesson's progress as the progress and hand-in tests use it: three exercises, two answered. */
import { act } from '@testing-library/react';
import {
  recordAttempt,
  recordHint,
  serialiseProgress,
  emptyProgress,
  type ProgressState,
} from '@sayswho/core/quiz';
import { reloadProgress } from '@/lib/progress/progress-store';
import { PROGRESS_STORAGE_KEY } from '@/lib/progress/progress-storage';

export const lesson = { slug: 'who-says-so', fingerprint: 'fp-1' };
export const exercises = [
  { id: 'find-cues', title: 'Find the cues' },
  { id: 'who-decided', title: 'Question' },
  { id: 'rewrite-battered', title: 'Rewrite it plainly' },
];

/** Saves progress on this (test) device and tells the islands to read it again. */
export function stored(change: (s: ProgressState) => ProgressState) {
  localStorage.setItem(PROGRESS_STORAGE_KEY, serialiseProgress(change(emptyProgress())));
  act(() => reloadProgress());
}

export function clearDevice() {
  localStorage.clear();
  act(() => reloadProgress());
}

const now = '2026-11-23T08:00:00.000Z';
/** “Find the cues” done with 90%, “Question” wrong after a hint, the rewrite not started. */
export const someProgress = (s: ProgressState) => {
  let next = recordAttempt(s, {
    lesson,
    exerciseId: 'find-cues',
    answer: { type: 'spot', spans: [{ start: 10, end: 14 }] },
    answerText: '“said”',
    score: 0.9,
    completed: true,
    now,
  });
  next = recordHint(next, lesson, 'who-decided', now);
  return recordAttempt(next, {
    lesson,
    exerciseId: 'who-decided',
    answer: { type: 'choice', chosen: ['option-2'] },
    answerText: 'The Kremlin',
    score: 0,
    completed: false,
    now,
  });
};
