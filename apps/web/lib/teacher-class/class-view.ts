/**
 * What the teacher's class page and the projector show of the class's results at one moment:
 * every exercise's counts, the difficult items, the one exercise open, and one page of the
 * roster's progress with those students' rewrites to review. The page renders it first and the
 * live route answers it again when students work, so a change re-sends this (tens of kB for 300
 * students) rather than the whole page. Pure.
 */
import type {
  ClassResults,
  ExerciseResults,
  ExerciseView,
  ReviewVerdict,
  RewriteEntry,
  StudentResults,
} from '@sayswho/classroom';
import type { ExerciseStatus, ItemTally } from '@sayswho/core/class-results';
import { exerciseKey } from '@/components/class-results/exercise-titles';
import { minutesOf } from './student-progress';
import type { ViewQuery } from './view-query';

/** A page of the roster: a class of 300 would otherwise be 300 rows, sent and re-sent. */
export const STUDENTS_PER_PAGE = 30;

/** The address of a page (or the view route, `base`) showing `query`, at `anchor`. */
export function viewHref(base: string, query: ViewQuery, anchor?: string): string {
  const params = new URLSearchParams();
  if (query.exercise) params.set('exercise', query.exercise);
  if (query.students) params.set('students', String(query.students));
  // A lesson/exercise pair reads better in the address bar with its slash as it is.
  const search = params.toString().replaceAll('%2F', '/');
  return `${base}${search ? `?${search}` : ''}${anchor ? `#${anchor}` : ''}`;
}

export interface RosterCell {
  readonly status: ExerciseStatus;
  readonly bestScore: number | null;
  readonly hints: number;
}

export interface RosterRow {
  readonly id: string;
  readonly label: string;
  /** When the server last heard from them (ms since 1970), or null; aged on the page (`PresenceLine`). */
  readonly lastSeenMs: number | null;
  /** The server's time when it drew this row. */
  readonly nowMs: number;
  readonly minutes: number;
  readonly cells: readonly RosterCell[];
}

export interface RosterPage {
  readonly page: number;
  readonly pages: number;
  /** Students in the class; the page shows `rows` of them, from `first` (1-based). */
  readonly total: number;
  readonly first: number;
  readonly rows: readonly RosterRow[];
  /** The school's, in which last-seen times are written. */
  readonly timeZone: string;
}

/** A rewrite exercise shows only its count here: the texts are on the review section. */
type ShownView =
  Exclude<ExerciseView, { type: 'rewrite' }> | { readonly type: 'rewrite'; readonly count: number };

export interface ShownExercise extends Omit<ExerciseResults, 'view'> {
  readonly view: ShownView;
}

/** A student's last checked rewrite, with the teacher's review as the form shows it. */
export interface RewriteToReview extends Omit<RewriteEntry, 'review'> {
  readonly label: string;
  readonly review: { readonly verdict: ReviewVerdict; readonly comment: string } | null;
}

/** One Rewrite exercise's rewrites, of the roster page's students only. */
export interface ExerciseRewrites {
  readonly key: string;
  readonly lessonTitle: string;
  readonly exerciseId: string;
  readonly rewrites: readonly RewriteToReview[];
}

export interface ClassView {
  readonly exercises: readonly {
    readonly key: string;
    readonly statuses: ExerciseResults['statuses'];
  }[];
  readonly difficult: readonly ItemTally[];
  /** The exercise asked for, or null when it is not one of the class's. */
  readonly open: ShownExercise | null;
  /** Null unless asked for: the projector never gets students' names. */
  readonly roster: RosterPage | null;
  /** With the roster only (so never on the projector), for its page's students. */
  readonly rewrites: readonly ExerciseRewrites[] | null;
}

/** An exercise's results as the pages draw them: a rewrite as its count (its texts are on the review section). */
export function shownExercise(exercise: ExerciseResults): ShownExercise {
  const { view } = exercise;
  return view.type === 'rewrite'
    ? { ...exercise, view: { type: 'rewrite', count: view.rewrites.length } }
    : { ...exercise, view };
}

/** One student's row of the roster's progress. */
export function rosterRow(s: StudentResults, now: Date): RosterRow {
  return {
    id: s.id,
    label: s.label,
    lastSeenMs: s.lastSeenAt?.getTime() ?? null,
    nowMs: now.getTime(),
    minutes: minutesOf(s.activeSeconds),
    cells: s.exercises.map((e) => ({ status: e.status, bestScore: e.bestScore, hints: e.hints })),
  };
}

function rosterPage(results: ClassResults, page: number, now: Date, timeZone: string): RosterPage {
  const total = results.students.length;
  const pages = Math.max(1, Math.ceil(total / STUDENTS_PER_PAGE));
  const current = Math.min(page, pages);
  const first = (current - 1) * STUDENTS_PER_PAGE;
  return {
    page: current,
    pages,
    total,
    first: first + 1,
    rows: results.students.slice(first, first + STUDENTS_PER_PAGE).map((s) => rosterRow(s, now)),
    timeZone,
  };
}

/** Each Rewrite exercise's rewrites by the students of `rows`, in roster order. */
function rewritesOf(results: ClassResults, rows: readonly RosterRow[]): ExerciseRewrites[] {
  const labelOf = new Map(rows.map((r) => [r.id, r.label]));
  return results.exercises.flatMap((e) =>
    e.view.type === 'rewrite'
      ? [
          {
            key: exerciseKey(e),
            lessonTitle: e.lessonTitle,
            exerciseId: e.exerciseId,
            rewrites: e.view.rewrites
              .filter((r) => labelOf.has(r.studentId))
              .map((r) => ({
                ...r,
                label: labelOf.get(r.studentId)!,
                review: r.review && { verdict: r.review.verdict, comment: r.review.comment },
              })),
          },
        ]
      : [],
  );
}

export function classView(
  results: ClassResults,
  query: ViewQuery,
  now: Date,
  timeZone: string,
): ClassView {
  const open = query.exercise
    ? results.exercises.find((e) => exerciseKey(e) === query.exercise)
    : undefined;
  const roster = query.students ? rosterPage(results, query.students, now, timeZone) : null;
  return {
    exercises: results.exercises.map((e) => ({ key: exerciseKey(e), statuses: e.statuses })),
    difficult: results.difficult,
    open: open ? shownExercise(open) : null,
    roster,
    rewrites: roster ? rewritesOf(results, roster.rows) : null,
  };
}

/**
 * `next`, but with `shown`'s open exercise and rewrites where they are the same, so what draws
 * them can tell that nothing changed there and skip the work (objects from JSON are new every
 * time).
 */
export function keepUnchanged(shown: ClassView, next: ClassView): ClassView {
  const same = (part: 'open' | 'rewrites') =>
    JSON.stringify(shown[part]) === JSON.stringify(next[part]);
  return {
    ...next,
    open: same('open') ? shown.open : next.open,
    rewrites: same('rewrites') ? shown.rewrites : next.rewrites,
  };
}
