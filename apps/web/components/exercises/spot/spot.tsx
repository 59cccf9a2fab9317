/**
 * `<Spot>` for the lesson registry: a server-safe wrapper that hands the client island only the
 * public part of the exercise (the key stays in /keys/…json until the student checks).
 */
import type { SpotPublic } from '@sayswho/lessons/exercise-spec';
import { keyHelpOf } from '../word-select/key-help';
import { SpotExercise } from './spot-exercise.client';

export function Spot({ spec }: { spec: SpotPublic }) {
  return <SpotExercise spec={spec} {...keyHelpOf(spec.id)} />;
}
