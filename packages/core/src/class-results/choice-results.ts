/**
 * Choice, Classify and Compare (kind) across a class: how the students' last answers spread over
 * the options or categories, with the right one marked. Counts come from the quiz's own
 * `aggregateChoices`.
 */
import { aggregateChoices } from '../quiz/aggregate';
import type { ChoiceKey } from '../quiz/choice';

export interface OptionCount {
  readonly id: string;
  readonly correct: boolean;
  /** Students whose last answer chose it. */
  readonly chosen: number;
}

export interface ChoiceResults {
  /** Students whose last answer chose at least one option. */
  readonly answered: number;
  /** Of those, the students whose last answer is not exactly the right one(s). */
  readonly wrong: number;
  /** Every option of the key, in its order. */
  readonly options: readonly OptionCount[];
}

export function choiceResults(
  key: ChoiceKey,
  lastChosen: readonly (readonly string[])[],
): ChoiceResults {
  const known = new Set(key.options.map((o) => o.id));
  const answers = lastChosen
    .map((c) => c.filter((id) => known.has(id)))
    .filter((c) => c.length > 0);
  const counts = aggregateChoices(answers);
  const right = key.options.filter((o) => o.correct).map((o) => o.id);
  const isRight = (chosen: readonly string[]) => {
    const set = new Set(chosen);
    return set.size === right.length && right.every((id) => set.has(id));
  };
  return {
    answered: answers.length,
    wrong: answers.filter((c) => !isRight(c)).length,
    options: key.options.map((o) => ({ id: o.id, correct: o.correct, chosen: counts[o.id] ?? 0 })),
  };
}

/** One thing to sort (a Classify item, a Compare difference) and its right category. */
export interface SortedItem {
  readonly id: string;
  /** The item's text, for the teacher's view and the list of difficult items. */
  readonly label: string;
  readonly category: string;
}

export interface SortedItemResults {
  readonly id: string;
  readonly label: string;
  /** Students whose last answer placed it. */
  readonly answered: number;
  /** Of those, the students who placed it in another category. */
  readonly wrong: number;
  /** Every category offered, in order, with how many placed the item there. */
  readonly categories: readonly OptionCount[];
}

/** `lastPlaced`: each student's latest answer, item id → category id. */
export function sortingResults(
  items: readonly SortedItem[],
  categories: readonly string[],
  lastPlaced: readonly Readonly<Record<string, string>>[],
): SortedItemResults[] {
  return items.map((item) => {
    const placed = lastPlaced.flatMap((p) => (Object.hasOwn(p, item.id) ? [[p[item.id]!]] : []));
    const counts = aggregateChoices(placed);
    const answered = placed.length;
    const right = counts[item.category] ?? 0;
    return {
      id: item.id,
      label: item.label,
      answered,
      wrong: answered - right,
      categories: categories.map((id) => ({
        id,
        correct: id === item.category,
        chosen: counts[id] ?? 0,
      })),
    };
  });
}
