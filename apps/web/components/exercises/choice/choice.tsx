/** `<Choice>` for the lesson registry: the client island gets only the public part (no correct flags, no feedback). */
import type { ChoicePublic } from '@sayswho/lessons/exercise-spec';
import { ChoiceExercise } from './choice-exercise.client';

export function Choice({ spec }: { spec: ChoicePublic }) {
  return <ChoiceExercise spec={spec} />;
}
