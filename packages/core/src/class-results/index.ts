/**
 * `@sayswho/core/class-results`: a class's results from its students' events, for the teacher's
 * dashboard and projector. Pure: the class server queries the rows and hands them here.
 */
export type { ExerciseStatus, RecordedEvent, ExerciseProgressSummary } from './exercise-progress';
export { exerciseProgress, activeTimeMs, IDLE_GAP_MS } from './exercise-progress';
export type { SpotPassageResults, MissedKeyItem, WrongWord } from './spot-results';
export { spotPassageResults } from './spot-results';
export type { ChoiceResults, OptionCount, SortedItem, SortedItemResults } from './choice-results';
export { choiceResults, sortingResults } from './choice-results';
export type { ItemTally } from './difficult-items';
export { difficultItems } from './difficult-items';
