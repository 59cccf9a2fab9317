/** Shared set-up of the exercise tests: a clean device and no cached keys before each test. */
import { act } from '@testing-library/react';
import { reloadProgress } from '@/lib/progress/progress-store';
import { forgetKeys } from './shell/load-key';

export function freshDevice(): void {
  localStorage.clear();
  reloadProgress();
  forgetKeys();
}

/**
 * Waits for what an exercise does the frame after an input has shown (a mark's status line,
 * announcement and save; a Check's marks and notes after its verdict).
 */
export function afterNextPaint(): Promise<void> {
  return act(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done))));
}
