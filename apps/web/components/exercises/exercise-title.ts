/** The heading of an exercise, also its name in the progress summary and the answers handed in. */
import type { ExercisePublic } from '@sayswho/lessons/exercise-spec';
import { exerciseText } from '@/lib/ui-text/exercise';

export function exerciseTitle(spec: ExercisePublic): string {
  const heading = exerciseText.heading;
  switch (spec.type) {
    case 'spot':
      return heading.spot(spec.noun.many);
    case 'choice':
      return heading.choice;
    case 'classify':
      return heading.classify;
    case 'rewrite':
      return heading.rewrite;
    case 'compare':
      return spec.mode === 'spot' ? heading.compareSpot : heading.compareKind;
  }
}
