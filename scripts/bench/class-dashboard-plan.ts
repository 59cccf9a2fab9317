/**
 * Which student's Check each live update of the class dashboard run sends: one that changes
 * what the page shows.
 */

export interface LiveTarget<S> {
  readonly student: S;
  /** `lesson/exercise`: one the student has not touched yet, so their Check shows as a new stage. */
  readonly exerciseKey: string;
}

/**
 * `runs` students (one per run, each at most once) with an exercise among `exerciseKeys` they have
 * not touched; fewer when the class has fewer such students.
 */
export function liveTargets<S extends { readonly touched: ReadonlySet<string> }>(
  students: readonly S[],
  exerciseKeys: readonly string[],
  runs: number,
): LiveTarget<S>[] {
  return students
    .flatMap((student) => {
      const exerciseKey = exerciseKeys.find((key) => !student.touched.has(key));
      return exerciseKey ? [{ student, exerciseKey }] : [];
    })
    .slice(0, runs);
}
