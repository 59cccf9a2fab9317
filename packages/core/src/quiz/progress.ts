/**
 * A student's progress: versioned, serialisable (localStorage), per lesson and exercise.
 * Stored state that is corrupt, from another version of this model, or from a lesson that has
 * changed since is recovered or dropped with a notice for the student — never a crash, never a
 * score that belongs to a different answer key.
 */
import type { Span } from '../corpus/types';

export const PROGRESS_VERSION = 1;

/** What the student last answered, in the shape of its exercise type. */
export type StoredAnswer =
  | { readonly type: 'spot'; readonly spans: readonly Span[] }
  | { readonly type: 'choice'; readonly chosen: readonly string[] }
  | { readonly type: 'classify'; readonly placed: Readonly<Record<string, string>> }
  | { readonly type: 'rewrite'; readonly text: string }
  | { readonly type: 'compare'; readonly from: readonly Span[]; readonly to: readonly Span[] };

export interface ExerciseProgress {
  readonly answer: StoredAnswer | null;
  /** The answer as a student reads it (“said”, “according to”), for the hand-in summary. */
  readonly answerText: string;
  /** Real attempts: answers that passed validation and were scored. */
  readonly attempts: number;
  readonly hintsUsed: number;
  readonly answerShown: boolean;
  /** 0–1, or null for exercises a teacher reviews (rewrites). */
  readonly bestScore: number | null;
  readonly lastScore: number | null;
  readonly completed: boolean;
  /** ISO timestamp. */
  readonly updatedAt: string;
}

export interface LessonProgress {
  /** The lesson's fingerprint when this progress was recorded; a change invalidates it. */
  readonly fingerprint: string;
  readonly exercises: Readonly<Record<string, ExerciseProgress>>;
}

export interface ProgressState {
  readonly version: number;
  readonly lessons: Readonly<Record<string, LessonProgress>>;
}

export interface LessonIdentity {
  readonly slug: string;
  readonly fingerprint: string;
  readonly exerciseIds: readonly string[];
}

export interface AttemptRecord {
  readonly lesson: Pick<LessonIdentity, 'slug' | 'fingerprint'>;
  readonly exerciseId: string;
  readonly answer: StoredAnswer;
  readonly answerText: string;
  readonly score: number | null;
  readonly completed: boolean;
  /** ISO timestamp; passed in so progress stays deterministic in tests. */
  readonly now: string;
}

export function emptyProgress(): ProgressState {
  return { version: PROGRESS_VERSION, lessons: {} };
}

/** Reads stored progress for the lessons that exist now; never throws. */
export function parseProgress(
  raw: string | null,
  lessons: readonly LessonIdentity[],
): { state: ProgressState; notices: string[] } {
  void raw;
  void lessons;
  throw new Error('parseProgress: not yet');
}

export function serialiseProgress(state: ProgressState): string {
  return JSON.stringify(state);
}

export function recordAttempt(state: ProgressState, attempt: AttemptRecord): ProgressState {
  void state;
  void attempt;
  throw new Error('recordAttempt: not yet');
}

export function recordHint(
  state: ProgressState,
  lesson: Pick<LessonIdentity, 'slug' | 'fingerprint'>,
  exerciseId: string,
  now: string,
): ProgressState {
  void state;
  void lesson;
  void exerciseId;
  void now;
  throw new Error('recordHint: not yet');
}

export function recordAnswerShown(
  state: ProgressState,
  lesson: Pick<LessonIdentity, 'slug' | 'fingerprint'>,
  exerciseId: string,
  now: string,
): ProgressState {
  void state;
  void lesson;
  void exerciseId;
  void now;
  throw new Error('recordAnswerShown: not yet');
}

export function resetLesson(state: ProgressState, lessonSlug: string): ProgressState {
  void state;
  void lessonSlug;
  throw new Error('resetLesson: not yet');
}

/** A student's answers to hand in: JSON for the teacher's tools and a readable text summary. */
export function exportAnswers(
  state: ProgressState,
  lessonSlug: string,
  studentName: string,
  details?: { readonly lessonTitle?: string; readonly exerciseTitles?: Readonly<Record<string, string>>; readonly now?: string },
): { json: string; text: string } {
  void state;
  void lessonSlug;
  void studentName;
  void details;
  throw new Error('exportAnswers: not yet');
}
