/**
 * "What to look at next" at the end of a lesson, from the saved progress: exercises not done
 * first (in lesson order), then the ones done with the lowest best scores.
 */
import type { ExerciseProgress } from '@sayswho/core/quiz';
import { summaryText } from '@/lib/ui-text/lesson-summary';

export interface ExerciseEntry {
  readonly id: string;
  readonly title: string;
  readonly progress: ExerciseProgress | undefined;
}

export interface NextStep {
  readonly id: string | null;
  readonly text: string;
}

/** Below this best score, a finished exercise is still worth another look. */
const REVISIT_BELOW = 1;

export function whatNext(entries: readonly ExerciseEntry[], limit = 3): NextStep[] {
  const notDone = entries
    .filter((e) => !e.progress?.completed)
    .map((e) => ({ id: e.id, text: summaryText.nextNotDone(e.title) }));
  const weak = entries
    .filter(
      (e) =>
        e.progress?.completed &&
        e.progress.bestScore !== null &&
        e.progress.bestScore < REVISIT_BELOW,
    )
    .sort((a, b) => (a.progress?.bestScore ?? 0) - (b.progress?.bestScore ?? 0))
    .map((e) => ({
      id: e.id,
      text: summaryText.nextLowScore(e.title, Math.round((e.progress?.bestScore ?? 0) * 100)),
    }));
  const steps = [...notDone, ...weak].slice(0, limit);
  return steps.length > 0 ? steps : [{ id: null, text: summaryText.nextAllDone }];
}
