/**
 * `xapi.jsonl`: one xAPI 1.0.3 statement per Check that counted, for a school's Learning Record
 * Store. Pseudonymous: the actor is an account on this server named by an opaque id made from
 * the class and the student (never the nickname), so the file holds no name; the same student
 * has the same id in every export of the class, and none in another class.
 */
import { createHash } from 'node:crypto';
import { articleIri, selectorsFor, type Span } from '@sayswho/core';
import { normaliseSelections, passed, type StoredAnswer } from '@sayswho/core/quiz';
import { answerText } from '@sayswho/lessons/answer-text';
import { plainText } from '@sayswho/lessons/plain-text';
import type { ExercisePublic } from '@sayswho/lessons';
import type { ResultEventRow } from '../db/queries/results';
import type { ClassExercise, ClassWork } from '../services/class-work';
import type { XapiStatement } from './xapi-statement-schema';

export const ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';
/** The `result.extensions` key of a Spot answer's marks, as W3C Web Annotation targets. */
export const marksExtension = (origin: string) => `${origin}/xapi/extensions/marks`;

/** `origin`: the server's public origin (`PUBLIC_URL`, or the request's own). */
export function xapiStatements(work: ClassWork, origin: string): XapiStatement[] {
  return work.students.flatMap((student) => {
    const actor = {
      objectType: 'Agent' as const,
      account: { homePage: origin, name: pseudonym(work.classId, student.id) },
    };
    return work.exercises.flatMap((ref) => {
      const object = activityOf(ref, origin);
      return work
        .eventsOn(student.id, ref)
        .filter((e) => e.kind === 'check' && e.counted && e.answer)
        .map((check) => ({
          id: check.id,
          actor,
          verb: { id: ANSWERED, display: { 'en-US': 'answered' } },
          object,
          result: resultOf(ref, check, check.answer!, origin),
          context: {
            platform: 'Says Who',
            language: 'en',
            contextActivities: {
              parent: [{ objectType: 'Activity' as const, id: lessonIri(ref, origin) }],
            },
          },
          timestamp: check.deviceAt.toISOString(),
          stored: check.receivedAt.toISOString(),
          version: '1.0.3',
        }));
    });
  });
}

/** The student's id in the statements: not their name, not the server's id for them. */
export function pseudonym(classId: string, studentId: string): string {
  return createHash('sha256').update(`${classId}:${studentId}`).digest('hex').slice(0, 32);
}

function lessonIri(ref: ClassExercise, origin: string): string {
  return `${origin}/lessons/${encodeURIComponent(ref.lesson.slug)}`;
}

function activityOf(ref: ClassExercise, origin: string) {
  const spec = ref.exercise.public;
  const title = ref.lesson.frontmatter?.title ?? ref.lesson.slug;
  const name = { 'en-US': `${title}: ${ref.exercise.id}` };
  const prompt = plainText(spec.promptHtml);
  return {
    objectType: 'Activity' as const,
    id: `${lessonIri(ref, origin)}#${encodeURIComponent(ref.exercise.id)}`,
    definition: {
      name,
      ...(prompt ? { description: { 'en-US': prompt } } : {}),
      type: INTERACTION,
      ...interactionOf(ref),
    },
  };
}

/** Sorting (Classify, Compare kind) is a choice among item–category pairs. */
const pair = (item: string, category: string) => `${item}=${category}`;

function interactionOf(ref: ClassExercise) {
  const spec = ref.exercise.public;
  const key = ref.exercise.key;
  if (spec.type === 'choice' && key.type === 'choice')
    return {
      interactionType: 'choice' as const,
      choices: spec.options.map((o) => ({ id: o.id, description: { 'en-US': plainText(o.html) } })),
      correctResponsesPattern: [
        key.key.options
          .filter((o) => o.correct)
          .map((o) => o.id)
          .join('[,]'),
      ],
    };
  if (spec.type === 'classify' && key.type === 'classify')
    return {
      interactionType: 'choice' as const,
      choices: spec.items.flatMap((i) =>
        spec.categories.map((c) => ({
          id: pair(i.id, c.id),
          description: { 'en-US': `${i.text} → ${c.label}` },
        })),
      ),
      correctResponsesPattern: [key.key.items.map((i) => pair(i.id, i.category)).join('[,]')],
    };
  if (spec.type === 'compare' && spec.mode === 'kind' && key.type === 'compare')
    return {
      interactionType: 'choice' as const,
      choices: spec.differences.flatMap((d, n) =>
        spec.kinds.map((k) => ({
          id: pair(d.id, k.id),
          description: { 'en-US': `${n + 1}. ${k.label}` },
        })),
      ),
      correctResponsesPattern: [
        spec.differences
          .flatMap((d, n) => {
            const k = key.keys[n];
            const right = k?.mode === 'kind' ? k.choice.options.find((o) => o.correct) : undefined;
            return right ? [pair(d.id, right.id)] : [];
          })
          .join('[,]'),
      ],
    };
  if (spec.type === 'rewrite') return { interactionType: 'long-fill-in' as const };
  return { interactionType: 'other' as const };
}

function resultOf(ref: ClassExercise, check: ResultEventRow, answer: StoredAnswer, origin: string) {
  const spec = ref.exercise.public;
  const scored =
    check.score === null
      ? { completion: check.completed }
      : {
          score: { scaled: check.score },
          success: passed(spec.policy, check.score),
          completion: passed(spec.policy, check.score),
        };
  const marks = marksOf(spec, answer);
  return {
    ...scored,
    response: responseOf(spec, answer),
    ...(marks ? { extensions: { [marksExtension(origin)]: marks } } : {}),
  };
}

function responseOf(spec: ExercisePublic, answer: StoredAnswer): string {
  if (answer.type === 'choice') return answer.chosen.join('[,]');
  if (answer.type === 'classify')
    return Object.entries(answer.placed)
      .map(([item, category]) => pair(item, category))
      .join('[,]');
  return answerText(spec, answer);
}

/** A Spot or Compare answer's marks, snapped to words as scoring sees them, with W3C selectors. */
function marksOf(spec: ExercisePublic, answer: StoredAnswer) {
  const targets = (articleId: string, text: string, spans: readonly Span[]) =>
    normaliseSelections(text, spans).map((span) => ({
      source: articleIri(articleId),
      selector: selectorsFor(text, span),
    }));
  if (spec.type === 'spot' && answer.type === 'spot')
    return targets(spec.passage.articleId, spec.passage.text, answer.spans);
  if (spec.type === 'compare' && answer.type === 'compare')
    return [
      ...targets(spec.from.articleId, spec.from.text, answer.from),
      ...targets(spec.to.articleId, spec.to.text, answer.to),
    ];
  return null;
}
