/** The id of an exercise's results on the class page, which difficult items link to. */
export function exerciseAnchor(ref: { lessonSlug: string; exerciseId: string }): string {
  return `results-${ref.lessonSlug}-${ref.exerciseId}`;
}
