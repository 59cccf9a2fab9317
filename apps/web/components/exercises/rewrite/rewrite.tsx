/** `<Rewrite>` for the lesson registry: the client island gets the sentence to rewrite, not the loaded words or their alternatives. */
import type { RewritePublic } from '@sayswho/lessons/exercise-spec';
import { RewriteExercise } from './rewrite-exercise.client';

export function Rewrite({ spec }: { spec: RewritePublic }) {
  return <RewriteExercise spec={spec} />;
}
