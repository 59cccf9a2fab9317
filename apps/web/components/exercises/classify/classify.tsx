/** `<Classify>` for the lesson registry: the client island gets the items and categories, never the right category of an item. */
import type { ClassifyPublic } from '@sayswho/lessons/exercise-spec';
import { CategoryList } from '../shell/category-list';
import { ClassifyExercise } from './classify-exercise.client';

export function Classify({ spec }: { spec: ClassifyPublic }) {
  return (
    <ClassifyExercise spec={spec} categoryList={<CategoryList categories={spec.categories} />} />
  );
}
