/**
 * The exercise components for the lesson registry. Each takes `{ spec }`, the PUBLIC part of its
 * exercise (`@sayswho/lessons/exercise-spec`); the key is fetched from `spec.keyUrl` once the
 * student answers (shell/use-exercise.ts).
 */
export { Spot } from './spot/spot';
export { Choice } from './choice/choice';
export { Classify } from './classify/classify';
export { Rewrite } from './rewrite/rewrite';
export { Compare } from './compare/compare';
