/** Shared set-up of the exercise tests: a clean device and no cached keys before each test. */
import { act, fireEvent } from '@testing-library/react';
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

/**
 * A tap as iOS Safari gives it, at once: nothing takes focus (a tapped button gets none, so the
 * passage is not blurred), and two taps can come within one frame, before the mark the first one
 * made is sent to the exercise.
 */
export function tapAtOnce(target: Element): void {
  fireEvent.pointerDown(target, { pointerType: 'touch' });
  fireEvent.pointerUp(target, { pointerType: 'touch' });
  fireEvent.click(target);
}
