/**
 * A class's results for its teacher (the dashboard and the projector draw them): each student's
 * progress per exercise, each exercise across the class (the Spot heatmap, how answers spread
 * over options, the rewrites with their reviews) and the items the class found hardest. This
 * file only picks each exercise's answers out of the events; the counting is the core's
 * (`@sayswho/core/class-results`). What is counted from events that have not changed since the
 * last request (a student's progress on an exercise, an exercise across the class) is
 * remembered with the class's events (`class-events.ts`), not counted again.
 */
import {
  activeTimeMs,
  choiceResults,
  difficultItems,
  exerciseProgress,
  sortingResults,
  spotPassageResults,
  type ChoiceResults,
  type ExerciseStatus,
  type ItemTally,
  type SortedItemResults,
  type SpotPassageResults,
} from '@sayswho/core/class-results';
import type { RewriteVerdict, StoredAnswer } from '@sayswho/core/quiz';
import type { ExerciseSpec } from '@sayswho/lessons';
import { plainText } from '@sayswho/lessons/plain-text';
import type { Teacher } from '../access';
import type { Classroom } from '../classroom';
import type { ResultEventRow } from '../db/queries/results';
import type { ReviewVerdict } from './reviews';
import { ok, refuse, type Result } from '../result';
import {
  readClassWork,
  recordedEvent,
  type ClassExercise,
  type ClassWork,
  type WorkStudent,
} from './class-work';
import { guarded } from './guard';
import { NO_SUCH_STUDENT } from './roster';

export interface StudentExerciseResult {
  readonly lessonSlug: string;
  readonly exerciseId: string;
  readonly status: ExerciseStatus;
  /** Checks that counted. */
  readonly attempts: number;
  readonly hints: number;
  /** 0–1; null before a scored Check, and for rewrites. */
  readonly bestScore: number | null;
  readonly answerShown: boolean;
}

export interface StudentResults {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly joinedAt: Date;
  /** The server's time of the student's latest event; null before any. */
  readonly lastSeenAt: Date | null;
  /** Time on task: gaps between their events, pauses over 5 minutes left out. */
  readonly activeSeconds: number;
  /** Every exercise of the class's lessons, in lesson order. */
  readonly exercises: readonly StudentExerciseResult[];
}

export interface RewriteEntry {
  readonly studentId: string;
  /** The Check event: what `reviewRewrite` takes. */
  readonly eventId: string;
  readonly text: string;
  /** The automatic check's verdict. */
  readonly verdict: RewriteVerdict | null;
  readonly review: { verdict: ReviewVerdict; comment: string; reviewedAt: Date } | null;
}

export type ExerciseView =
  | { readonly type: 'spot'; readonly passage: SpotPassageResults }
  | {
      readonly type: 'compare-spot';
      readonly from: SpotPassageResults;
      readonly to: SpotPassageResults;
    }
  | { readonly type: 'choice'; readonly options: ChoiceResults }
  | { readonly type: 'classify' | 'compare-kind'; readonly items: readonly SortedItemResults[] }
  /** Each student's last rewrite they checked, in roster order. */
  | { readonly type: 'rewrite'; readonly rewrites: readonly RewriteEntry[] };

export interface ExerciseResults {
  readonly lessonSlug: string;
  readonly lessonTitle: string;
  readonly exerciseId: string;
  /** How many students are at each stage. */
  readonly statuses: Readonly<Record<ExerciseStatus, number>>;
  readonly view: ExerciseView;
}

export interface ClassResults {
  readonly students: readonly StudentResults[];
  readonly exercises: readonly ExerciseResults[];
  /** The items most missed across the class, hardest first (at most 10). */
  readonly difficult: readonly ItemTally[];
}

export const classResults = guarded(
  async (
    classroom: Classroom,
    teacher: Teacher,
    classId: string,
  ): Promise<Result<ClassResults>> => {
    const work = await readClassWork(classroom, teacher, classId);
    if (!work.ok) return work;
    return ok(resultsOf(work.value));
  },
);

/** The class's results, folded from its work. */
export function resultsOf(work: ClassWork): ClassResults {
  const students = work.students.map((student) => ({
    ...student,
    ...timesOf(work, student),
    exercises: work.exercises.map((ref) => {
      // The class view leaves each answer out: only the one-student view redraws them.
      const { lastAnswer: _, ...progress } = progressOn(work, student, ref);
      return { lessonSlug: ref.lesson.slug, exerciseId: ref.exercise.id, ...progress };
    }),
  }));
  const tallies: ItemTally[] = [];
  const exercises = work.exercises.map((ref, n) => {
    const statuses = { 'not-started': 0, working: 0, checked: 0, 'answer-shown': 0 };
    for (const s of students) statuses[s.exercises[n]!.status] += 1;
    const { view, missed } = viewOf(work, ref);
    for (const m of missed)
      tallies.push({ lessonSlug: ref.lesson.slug, exerciseId: ref.exercise.id, ...m });
    return {
      lessonSlug: ref.lesson.slug,
      lessonTitle: lessonTitleOf(ref),
      exerciseId: ref.exercise.id,
      statuses,
      view,
    };
  });
  return { students, exercises, difficult: difficultItems(tallies) };
}

/** When the student was last heard from, and their time on task. */
function timesOf(work: ClassWork, student: WorkStudent) {
  const events = work.eventsOf(student.id);
  // A student's events only grow: their number stamps what is made of them.
  return work.remember(`times ${student.id}`, String(events.length), () => ({
    lastSeenAt: events.reduce<Date | null>(
      (latest, e) => (latest && latest >= e.receivedAt ? latest : e.receivedAt),
      null,
    ),
    activeSeconds: Math.round(activeTimeMs(events.map((e) => e.deviceAt)) / 1000),
  }));
}

function progressOn(work: ClassWork, student: WorkStudent, ref: ClassExercise) {
  const events = work.eventsOn(student.id, ref);
  return work.remember(
    `progress ${JSON.stringify([student.id, ref.lesson.slug, ref.exercise.id])}`,
    String(events.length),
    () => exerciseProgress(events.map(recordedEvent)),
  );
}

export interface StudentExerciseWork extends StudentExerciseResult {
  readonly lessonTitle: string;
  /** The exercise as the kit has it now, key included: the teacher's page marks right and wrong. */
  readonly exercise: ExerciseSpec;
  /** The latest answer their device sent; null when none. */
  readonly lastAnswer: StoredAnswer | null;
}

export interface StudentWork extends Omit<StudentResults, 'exercises'> {
  readonly exercises: readonly StudentExerciseWork[];
}

/** One student's work for their teacher: their progress with each exercise's last answer. */
export const studentWork = guarded(
  async (
    classroom: Classroom,
    teacher: Teacher,
    classId: string,
    studentId: string,
  ): Promise<Result<StudentWork>> => {
    const work = await readClassWork(classroom, teacher, classId);
    if (!work.ok) return work;
    const student = work.value.students.find((s) => s.id === studentId);
    if (!student) return refuse('not-found', NO_SUCH_STUDENT);
    return ok({
      ...student,
      ...timesOf(work.value, student),
      exercises: work.value.exercises.map((ref) => ({
        lessonSlug: ref.lesson.slug,
        lessonTitle: lessonTitleOf(ref),
        exerciseId: ref.exercise.id,
        exercise: ref.exercise,
        ...progressOn(work.value, student, ref),
      })),
    });
  },
);

function lessonTitleOf(ref: ClassExercise): string {
  return ref.lesson.frontmatter?.title ?? ref.lesson.slug;
}

type Missed = Pick<ItemTally, 'label' | 'missed' | 'answered'>;

/**
 * An exercise across the class is made from its events (which only grow, so their number
 * stamps them) and the lesson's version; students without events on it change nothing. A
 * rewrite's view holds the teacher's reviews too, and costs little: it is made every time.
 */
function viewOf(work: ClassWork, ref: ClassExercise): { view: ExerciseView; missed: Missed[] } {
  if (ref.exercise.public.type === 'rewrite') return exerciseView(work, ref);
  return work.remember(
    `view ${JSON.stringify([ref.lesson.slug, ref.exercise.id])}`,
    `${ref.lesson.fingerprint} ${work.countOn(ref)}`,
    () => exerciseView(work, ref),
  );
}

/** The exercise across the class, and what each of its items was missed by. */
function exerciseView(
  work: ClassWork,
  ref: ClassExercise,
): { view: ExerciseView; missed: Missed[] } {
  const last = work.students.map((s) => lastAnswerOf(work.eventsOn(s.id, ref)));
  const spec = ref.exercise.public;
  const key = ref.exercise.key;
  if (spec.type === 'spot' && key.type === 'spot') {
    const passage = spotPassageResults(
      spec.passage.text,
      key.key,
      answersOf(last, 'spot').map((a) => a.spans),
    );
    return { view: { type: 'spot', passage }, missed: spotMissed(passage) };
  }
  if (spec.type === 'choice' && key.type === 'choice') {
    const options = choiceResults(
      key.key,
      answersOf(last, 'choice').map((a) => a.chosen),
    );
    const label = plainText(spec.promptHtml) || ref.exercise.id;
    return {
      view: { type: 'choice', options },
      missed: [{ label, missed: options.wrong, answered: options.answered }],
    };
  }
  const placed = answersOf(last, 'classify').map((a) => a.placed);
  if (spec.type === 'classify' && key.type === 'classify') {
    const items = sortingResults(
      key.key.items.map((i) => ({ id: i.id, label: i.text, category: i.category })),
      key.key.categories.map((c) => c.id),
      placed,
    );
    return { view: { type: 'classify', items }, missed: items.map(itemMissed) };
  }
  if (spec.type === 'compare' && key.type === 'compare' && spec.mode === 'kind') {
    const items = sortingResults(
      spec.differences.flatMap((d, n) => {
        const k = key.keys[n];
        const right = k?.mode === 'kind' ? k.choice.options.find((o) => o.correct) : undefined;
        return right ? [{ id: d.id, label: differenceLabel(d), category: right.id }] : [];
      }),
      spec.kinds.map((k) => k.id),
      placed,
    );
    return { view: { type: 'compare-kind', items }, missed: items.map(itemMissed) };
  }
  const spotKey = key.type === 'compare' ? key.keys[0] : undefined;
  if (spec.type === 'compare' && spotKey?.mode === 'spot') {
    const answers = answersOf(last, 'compare');
    const from = spotPassageResults(
      spec.from.text,
      spotKey.from,
      answers.map((a) => a.from),
    );
    const to = spotPassageResults(
      spec.to.text,
      spotKey.to,
      answers.map((a) => a.to),
    );
    return {
      view: { type: 'compare-spot', from, to },
      missed: [
        ...spotMissed(from, `${spec.from.outlet}: `),
        ...spotMissed(to, `${spec.to.outlet}: `),
      ],
    };
  }
  // Rewrite, the one type left: the teacher judges rewrites, so nothing counts as missed.
  return { view: { type: 'rewrite', rewrites: rewritesOf(work, ref) }, missed: [] };
}

function rewritesOf(work: ClassWork, ref: ClassExercise): RewriteEntry[] {
  return work.students.flatMap((student) => {
    const check = work
      .eventsOn(student.id, ref)
      .findLast((e) => e.kind === 'check' && e.counted && e.answer?.type === 'rewrite');
    if (!check || check.answer?.type !== 'rewrite') return [];
    const review = work.reviewOf(check.id);
    return [
      {
        studentId: student.id,
        eventId: check.id,
        text: check.answer.text,
        verdict: check.verdict as RewriteVerdict | null,
        review: review
          ? { verdict: review.verdict, comment: review.comment, reviewedAt: review.reviewedAt }
          : null,
      },
    ];
  });
}

/** The latest answer in one student's events of an exercise. */
export function lastAnswerOf(events: readonly ResultEventRow[]): StoredAnswer | null {
  return events.findLast((e) => e.answer)?.answer ?? null;
}

function answersOf<T extends StoredAnswer['type']>(
  answers: readonly (StoredAnswer | null)[],
  type: T,
): Extract<StoredAnswer, { type: T }>[] {
  return answers.filter((a): a is Extract<StoredAnswer, { type: T }> => a?.type === type);
}

function spotMissed(passage: SpotPassageResults, prefix = ''): Missed[] {
  return passage.missedItems.map((m) => ({
    label: `${prefix}${m.label}`,
    missed: m.missed,
    answered: passage.answered,
  }));
}

function itemMissed(item: SortedItemResults): Missed {
  return { label: item.label, missed: item.wrong, answered: item.answered };
}

function differenceLabel(d: { fromText: string; toText: string }): string {
  return `${d.fromText || '(added)'} → ${d.toText || '(removed)'}`;
}
