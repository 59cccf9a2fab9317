/**
 * Whether a well-formed event fits the class and the lesson kit: a lesson of the class, an
 * exercise of that lesson, an answer of that exercise's shape with selections inside the article
 * and only the options, items and categories the exercise has.
 *
 * Events made against an older version of the lesson (another fingerprint) are kept when the
 * exercise still exists, so the teacher sees them with their version; they are checked against
 * the current exercise's shape and text.
 */
import type { Span } from '@sayswho/core';
import type { StoredAnswer } from '@sayswho/core/quiz';
import type { ExercisePublic, ExerciseSpec } from '@sayswho/lessons';
import type { ClassLesson, LessonCatalog } from '../classroom';
import type { ParsedEvent } from './event-schema';

export type LessonCheck =
  | {
      readonly ok: true;
      readonly lesson: ClassLesson;
      readonly exercise: ExerciseSpec;
      /** Made against the lesson as the server has it now (so a Check can be scored). */
      readonly current: boolean;
    }
  | { readonly ok: false; readonly reason: string };

export function checkAgainstLesson(
  event: ParsedEvent,
  classLessons: readonly string[],
  catalog: LessonCatalog,
): LessonCheck {
  const slug = event.lesson.slug;
  if (!classLessons.includes(slug))
    return no(`the lesson “${slug}” is not one of this class’s lessons`);
  const lesson = catalog.lesson(slug);
  if (!lesson) return no(`the lesson “${slug}” is not on this server`);
  const exercise = lesson.exercises.find((e) => e.id === event.exerciseId);
  if (!exercise) return no(`the lesson “${slug}” has no exercise “${event.exerciseId}”`);
  if (event.answer) {
    const problem = answerProblem(exercise.public, event.answer);
    if (problem) return no(problem);
  }
  return { ok: true, lesson, exercise, current: event.lesson.fingerprint === lesson.fingerprint };
}

function no(reason: string): LessonCheck {
  return { ok: false, reason };
}

/** Null when the answer fits the exercise; otherwise what does not. */
function answerProblem(spec: ExercisePublic, answer: StoredAnswer): string | null {
  const misfit = `the answer is a ${answer.type} answer, but “${spec.id}” is a ${spec.type === 'compare' ? `compare (${spec.mode})` : spec.type} exercise`;
  switch (spec.type) {
    case 'spot':
      return answer.type === 'spot' ? spansOutside(answer.spans, spec.passage.text) : misfit;
    case 'choice':
      return answer.type === 'choice'
        ? unknownIds(
            answer.chosen,
            spec.options.map((o) => o.id),
            'option',
          )
        : misfit;
    case 'classify':
      return answer.type === 'classify'
        ? placedProblem(
            answer.placed,
            spec.items.map((i) => i.id),
            spec.categories.map((c) => c.id),
            'item',
            'category',
          )
        : misfit;
    case 'rewrite':
      return answer.type === 'rewrite' ? null : misfit;
    case 'compare':
      if (spec.mode === 'spot' && answer.type === 'compare')
        return spansOutside(answer.from, spec.from.text) ?? spansOutside(answer.to, spec.to.text);
      // A Compare "kind" answer is kept like a Classify one: difference → kind.
      if (spec.mode === 'kind' && answer.type === 'classify')
        return placedProblem(
          answer.placed,
          spec.differences.map((d) => d.id),
          spec.kinds.map((k) => k.id),
          'difference',
          'kind',
        );
      return misfit;
  }
}

function spansOutside(spans: readonly Span[], text: string): string | null {
  const outside = spans.find((s) => s.end > text.length);
  return outside
    ? `a selection (${outside.start}–${outside.end}) runs past the end of the article (${text.length} characters)`
    : null;
}

function unknownIds(ids: readonly string[], known: readonly string[], what: string): string | null {
  const unknown = ids.find((id) => !known.includes(id));
  return unknown === undefined ? null : `the exercise has no ${what} “${unknown}”`;
}

function placedProblem(
  placed: Readonly<Record<string, string>>,
  keys: readonly string[],
  values: readonly string[],
  keyName: string,
  valueName: string,
): string | null {
  return (
    unknownIds(Object.keys(placed), keys, keyName) ??
    unknownIds(Object.values(placed), values, valueName)
  );
}
