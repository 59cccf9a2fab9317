/** The items a class found hardest, across its lessons: what a teacher goes over again. */

export interface ItemTally {
  readonly lessonSlug: string;
  readonly exerciseId: string;
  /** What was missed: a key item's words, an item to sort, or the question itself. */
  readonly label: string;
  /** Students whose last answer got it wrong. */
  readonly missed: number;
  /** Students who answered it. */
  readonly answered: number;
}

/** Items somebody missed, the largest share of the students who answered first, then the most. */
export function difficultItems(tallies: readonly ItemTally[], limit = 10): ItemTally[] {
  return tallies
    .filter((t) => t.missed > 0 && t.answered > 0)
    .sort((a, b) => b.missed / b.answered - a.missed / a.answered || b.missed - a.missed)
    .slice(0, limit);
}
