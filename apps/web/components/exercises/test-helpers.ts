/** Shared set-up of the exercise tests: a clean device and no cached keys before each test. */
import { reloadProgress } from '@/lib/progress/progress-store';
import { forgetKeys } from './shell/load-key';

export function freshDevice(): void {
  localStorage.clear();
  reloadProgress();
  forgetKeys();
}
