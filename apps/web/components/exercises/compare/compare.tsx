/**
 * `<Compare>` for the lesson registry: spot the differences in both versions (mode "spot"), or
 * name the kind of each (mode "kind"). The client island gets only the public part.
 */
import type { ComparePublic } from '@sayswho/lessons/exercise-spec';
import { CompareKindExercise } from './compare-kind-exercise.client';
import { CompareSpotExercise } from './compare-spot-exercise.client';
import { CategoryList } from '../shell/category-list';
import { keyHelpOf } from '../word-select/key-help';

export function Compare({ spec }: { spec: ComparePublic }) {
  return spec.mode === 'spot' ? (
    <CompareSpotExercise spec={spec} {...keyHelpOf(spec.id)} />
  ) : (
    <CompareKindExercise spec={spec} categoryList={<CategoryList categories={spec.kinds} />} />
  );
}
