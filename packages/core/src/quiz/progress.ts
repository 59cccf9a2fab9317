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

/** Answers are plain JSON (saved and sent as such): equal answers serialise equally. */
export const sameAnswer = (a: StoredAnswer, b: StoredAnswer) =>
  JSON.stringify(a) === JSON.stringify(b);

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
  /**
   * Whether `answer` is the answer of the last check, unchanged since, so that a reload can redraw
   * that check's feedback. Absent in records saved before it was kept: read as false.
   */
  readonly answerChecked?: boolean;
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
  /** Omitted: every saved exercise is kept (the fingerprint already changes when the exercises do). */
  readonly exerciseIds?: readonly string[];
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

/**
 * Reads stored progress for the lessons given; never throws. Corrupt or other-version state is
 * dropped; a lesson whose fingerprint changed loses its progress (its old scores belong to another
 * answer key); unreadable exercise records are dropped. Each loss comes with a notice to show the
 * student. Lessons not in `lessons` are kept as stored, so a page that passes only its own lesson
 * does not erase the others.
 */
export function parseProgress(
  raw: string | null,
  lessons: readonly LessonIdentity[],
): { state: ProgressState; notices: string[] } {
  if (raw === null || raw.trim() === '') return { state: emptyProgress(), notices: [] };
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return { state: emptyProgress(), notices: [UNREADABLE] };
  }
  if (!isRecord(stored) || typeof stored.version !== 'number' || !isRecord(stored.lessons)) {
    return { state: emptyProgress(), notices: [UNREADABLE] };
  }
  if (stored.version !== PROGRESS_VERSION) {
    // A future version that changes the shape adds a migration from the old one here.
    return {
      state: emptyProgress(),
      notices: [
        `Your saved progress was made by ${stored.version < PROGRESS_VERSION ? 'an older' : 'a newer'} ` +
          'version of Says Who and could not be kept, so it was cleared.',
      ],
    };
  }
  const notices: string[] = [];
  // Built from entries: a slug or an exercise id of `__proto__` is a key like any other.
  const kept: [string, LessonProgress][] = [];
  for (const [slug, value] of Object.entries(stored.lessons)) {
    const identity = lessons.find((l) => l.slug === slug);
    if (!isRecord(value) || typeof value.fingerprint !== 'string' || !isRecord(value.exercises)) {
      notices.push(`Your saved answers to “${slug}” could not be read, so they were cleared.`);
      continue;
    }
    if (identity && identity.fingerprint !== value.fingerprint) {
      notices.push(
        `The lesson “${slug}” has changed since you last worked on it, so your earlier answers to it were cleared.`,
      );
      continue;
    }
    const exercises: [string, ExerciseProgress][] = [];
    let dropped = false;
    for (const [id, exercise] of Object.entries(value.exercises)) {
      // Answers to exercises the lesson no longer has are dropped quietly: nothing shows them.
      if (identity?.exerciseIds && !identity.exerciseIds.includes(id)) continue;
      if (isExerciseProgress(exercise)) exercises.push([id, exercise]);
      else dropped = true;
    }
    if (dropped)
      notices.push(`Some of your saved answers to “${slug}” could not be read and were cleared.`);
    kept.push([slug, { fingerprint: value.fingerprint, exercises: Object.fromEntries(exercises) }]);
  }
  return { state: { version: PROGRESS_VERSION, lessons: Object.fromEntries(kept) }, notices };
}

/**
 * `record[key]` for keys that come from lessons and saved data. An exercise may be called
 * `constructor` or `toString`: a plain lookup would find Object's own function there.
 */
export function ownEntry<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

export function serialiseProgress(state: ProgressState): string {
  return JSON.stringify(state);
}

/** Records a real (validated) attempt: its answer, score, and one more attempt. */
export function recordAttempt(state: ProgressState, attempt: AttemptRecord): ProgressState {
  return updateExercise(state, attempt.lesson, attempt.exerciseId, attempt.now, (previous) => ({
    answer: attempt.answer,
    answerText: attempt.answerText,
    attempts: previous.attempts + 1,
    bestScore: best(previous.bestScore, attempt.score),
    lastScore: attempt.score,
    completed: previous.completed || attempt.completed,
    answerChecked: true,
  }));
}

/**
 * Counts an attempt whose verdict the student did not see: a class server judged a Check after
 * the answer on screen had changed. The server counts it, so the device does too (or it would
 * offer one more attempt than the server allows); the answer on screen stays unchecked.
 */
export function recordUnseenAttempt(
  state: ProgressState,
  attempt: Pick<AttemptRecord, 'lesson' | 'exerciseId' | 'score' | 'now'>,
): ProgressState {
  return updateExercise(state, attempt.lesson, attempt.exerciseId, attempt.now, (previous) => ({
    attempts: previous.attempts + 1,
    bestScore: best(previous.bestScore, attempt.score),
  }));
}

/** Keeps the answer a student is working on between checks (saved on every change): no attempt, no score. */
export function recordAnswer(
  state: ProgressState,
  lesson: Pick<LessonIdentity, 'slug' | 'fingerprint'>,
  exerciseId: string,
  answer: StoredAnswer,
  answerText: string,
  now: string,
): ProgressState {
  return updateExercise(state, lesson, exerciseId, now, () => ({
    answer,
    answerText,
    answerChecked: false,
  }));
}

export function recordHint(
  state: ProgressState,
  lesson: Pick<LessonIdentity, 'slug' | 'fingerprint'>,
  exerciseId: string,
  now: string,
): ProgressState {
  return updateExercise(state, lesson, exerciseId, now, (previous) => ({
    hintsUsed: previous.hintsUsed + 1,
  }));
}

export function recordAnswerShown(
  state: ProgressState,
  lesson: Pick<LessonIdentity, 'slug' | 'fingerprint'>,
  exerciseId: string,
  now: string,
): ProgressState {
  return updateExercise(state, lesson, exerciseId, now, () => ({ answerShown: true }));
}

export function resetLesson(state: ProgressState, lessonSlug: string): ProgressState {
  const lessons = { ...state.lessons };
  delete lessons[lessonSlug];
  return { ...state, lessons };
}

const UNREADABLE = 'Your saved progress could not be read, so it was cleared.';

const BLANK: Omit<ExerciseProgress, 'updatedAt'> = {
  answer: null,
  answerText: '',
  attempts: 0,
  hintsUsed: 0,
  answerShown: false,
  bestScore: null,
  lastScore: null,
  completed: false,
};

function updateExercise(
  state: ProgressState,
  lesson: Pick<LessonIdentity, 'slug' | 'fingerprint'>,
  exerciseId: string,
  now: string,
  change: (previous: ExerciseProgress) => Partial<ExerciseProgress>,
): ProgressState {
  const stored = ownEntry(state.lessons, lesson.slug);
  // Progress recorded against another version of the lesson would mix two answer keys.
  const exercises = stored && stored.fingerprint === lesson.fingerprint ? stored.exercises : {};
  const previous = ownEntry(exercises, exerciseId) ?? { ...BLANK, updatedAt: now };
  return {
    ...state,
    lessons: {
      ...state.lessons,
      [lesson.slug]: {
        fingerprint: lesson.fingerprint,
        exercises: {
          ...exercises,
          [exerciseId]: { ...previous, ...change(previous), updatedAt: now },
        },
      },
    },
  };
}

function best(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

function isScore(value: unknown): boolean {
  return value === null || (typeof value === 'number' && value >= 0 && value <= 1);
}

function isSpans(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.every(
      (s) =>
        isRecord(s) &&
        isCount(s.start) &&
        isCount(s.end) &&
        (s.start as number) <= (s.end as number),
    )
  );
}

function isStrings(value: unknown): boolean {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isStoredAnswer(value: unknown): value is StoredAnswer {
  if (value === null) return true;
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'spot':
      return isSpans(value.spans);
    case 'choice':
      return isStrings(value.chosen);
    case 'classify':
      return (
        isRecord(value.placed) && Object.values(value.placed).every((v) => typeof v === 'string')
      );
    case 'rewrite':
      return typeof value.text === 'string';
    case 'compare':
      return isSpans(value.from) && isSpans(value.to);
    default:
      return false;
  }
}

function isExerciseProgress(value: unknown): value is ExerciseProgress {
  return (
    isRecord(value) &&
    isStoredAnswer(value.answer) &&
    typeof value.answerText === 'string' &&
    isCount(value.attempts) &&
    isCount(value.hintsUsed) &&
    typeof value.answerShown === 'boolean' &&
    isScore(value.bestScore) &&
    isScore(value.lastScore) &&
    typeof value.completed === 'boolean' &&
    (value.answerChecked === undefined || typeof value.answerChecked === 'boolean') &&
    typeof value.updatedAt === 'string' &&
    couldHappen(value as unknown as ExerciseProgress)
  );
}

/**
 * Scores only an attempt produces: a score with no attempt ("100% · 0 attempts" on the hand-in
 * sheet), a last score with no best one, or a best score below the last.
 */
function couldHappen(p: ExerciseProgress): boolean {
  if (p.bestScore === null) return p.lastScore === null;
  return p.attempts > 0 && (p.lastScore === null || p.lastScore <= p.bestScore);
}
