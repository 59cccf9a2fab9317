/**
 * A lesson's worth of a simulated student's work, as class events: answers changed, Checks and
 * hints, spread over the lesson's exercises in the proportions of a real lesson (mostly answers,
 * a Check every few, a hint now and then, only where the lesson offers hints). Every answer has
 * the shape of its exercise type and lies inside its passage, so the server records and scores
 * each event instead of rejecting it.
 */
import type { ClassEvent } from '@sayswho/core/class-event';
import type { Span } from '@sayswho/core';
import type { StoredAnswer } from '@sayswho/core/quiz';
import type { ClassLesson } from '@sayswho/classroom';
import type { ExercisePublic } from '@sayswho/lessons/exercise-spec';
import { newId } from '../../apps/web/lib/class-device/new-id';

export { seededRandom } from '../../packages/core/bench/seeded-random';

export type Random = () => number;

const pick = <T>(list: readonly T[], random: Random): T =>
  list[Math.floor(random() * list.length)]!;

/** A selection of a few words' length somewhere inside `span`. */
function selectionIn(span: Span, random: Random): Span {
  const length = Math.max(1, Math.min(40, span.end - span.start));
  const start = span.start + Math.floor(random() * (span.end - span.start - length + 1));
  return { start, end: start + length };
}

export function answerFor(exercise: ExercisePublic, random: Random): StoredAnswer {
  switch (exercise.type) {
    case 'spot':
      return {
        type: 'spot',
        spans: [
          selectionIn(exercise.passage.span, random),
          selectionIn(exercise.passage.span, random),
        ],
      };
    case 'choice':
      return { type: 'choice', chosen: [pick(exercise.options, random).id] };
    case 'classify':
      return {
        type: 'classify',
        placed: Object.fromEntries(
          exercise.items.map((item) => [item.id, pick(exercise.categories, random).id]),
        ),
      };
    case 'rewrite':
      return { type: 'rewrite', text: `According to ${exercise.credit}, ${exercise.original}` };
    case 'compare':
      return {
        type: 'compare',
        from: [selectionIn(exercise.from.span, random)],
        to: [selectionIn(exercise.to.span, random)],
      };
  }
}

/** Of every ten events: six answers, three Checks, one hint (an answer where hints are off). */
function kindOf(draw: number, hints: boolean): ClassEvent['kind'] {
  if (draw < 0.6) return 'answer';
  if (draw < 0.9) return 'check';
  return hints ? 'hint' : 'answer';
}

/** `count` events of one student working through `lesson`, in the order they make them. */
export function lessonEvents(lesson: ClassLesson, count: number, random: Random): ClassEvent[] {
  const exercises = lesson.exercises.map((e) => e.public);
  if (exercises.length === 0) throw new Error(`Lesson ${lesson.slug} has no exercises.`);
  return Array.from({ length: count }, () => {
    const exercise = pick(exercises, random);
    const kind = kindOf(random(), exercise.policy.hints);
    return {
      v: 1,
      id: newId(),
      kind,
      lesson: { slug: lesson.slug, fingerprint: lesson.fingerprint },
      exerciseId: exercise.id,
      at: new Date().toISOString(),
      ...(kind === 'hint' ? {} : { answer: answerFor(exercise, random) }),
    };
  });
}
