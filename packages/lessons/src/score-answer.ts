/**
 * Scores a stored answer against its exercise's key with the core's own functions: the one
 * judgement that the class server records for a Check, and that the browser's Check can share,
 * so a student sees the same verdict whether the server or the device judged.
 *
 * Pure and browser-safe: imports the core's quiz logic and the exercise types only.
 */
import {
  checkRewrite,
  passed,
  scoreChoice,
  scoreClassify,
  scoreCompare,
  scoreSpot,
  validateChoice,
  validateClassify,
  validateSpot,
  type ChoiceResult,
  type ClassifyResult,
  type CompareResult,
  type ExercisePolicy,
  type RewriteResult,
  type RewriteVerdict,
  type SpotResult,
  type StoredAnswer,
} from '@sayswho/core/quiz';
import type { ComparePublic, ExerciseKey, ExercisePublic } from './exercise-spec';

interface Judged<T extends string, R> {
  readonly ok: true;
  /** What was judged: the exercise type, with Compare split by its mode. */
  readonly type: T;
  readonly result: R;
  /** 0–1, or null when the teacher judges the answer (rewrites). */
  readonly score: number | null;
  /** One sentence for the student, and for the live region. */
  readonly summary: string;
  /** For rewrites, which have no score: whether this answer finishes the exercise. */
  readonly completed?: boolean;
}

export type AnswerJudgement =
  /** Not a real attempt (nothing selected, nothing chosen…): it does not count as an attempt. */
  | { readonly ok: false; readonly reason: string }
  | Judged<'spot', SpotResult>
  | Judged<'choice', ChoiceResult>
  | Judged<'classify', ClassifyResult>
  | Judged<'rewrite', RewriteResult>
  | Judged<'compare-spot', Extract<CompareResult, { mode: 'spot' }>>
  /** One result per difference, in the exercise's order; null where the key has no such difference. */
  | Judged<'compare-kind', readonly (ChoiceResult | null)[]>;

export const REWRITE_VERDICT_LABELS: Record<RewriteVerdict, string> = {
  empty: 'Nothing to check yet',
  unchanged: 'Not changed yet',
  'loaded-words-remain': 'Loaded words remain',
  'for-teacher-review': 'Ready for your teacher',
};

export const ANSWER_MISFIT = 'This answer does not fit this exercise, so it was not checked.';
const CHOOSE_A_KIND = 'Choose a kind for at least one difference before you check.';

export function scoreAnswer(
  spec: ExercisePublic,
  key: ExerciseKey,
  answer: StoredAnswer,
): AnswerJudgement {
  if (spec.type === 'spot' && key.type === 'spot' && answer.type === 'spot') {
    const text = spec.passage.text;
    const valid = validateSpot(text, key.key, answer.spans);
    if (!valid.ok) return valid;
    const result = scoreSpot(text, key.key, answer.spans);
    return judged('spot', result, result.score, result.summary);
  }
  if (spec.type === 'choice' && key.type === 'choice' && answer.type === 'choice') {
    const valid = validateChoice(key.key, answer.chosen);
    if (!valid.ok) return valid;
    const result = scoreChoice(key.key, answer.chosen);
    return judged('choice', result, result.score, result.summary);
  }
  if (spec.type === 'classify' && key.type === 'classify' && answer.type === 'classify') {
    const valid = validateClassify(key.key, answer.placed);
    if (!valid.ok) return valid;
    const result = scoreClassify(key.key, answer.placed);
    return judged('classify', result, result.score, result.summary);
  }
  if (spec.type === 'rewrite' && key.type === 'rewrite' && answer.type === 'rewrite') {
    const result = checkRewrite(key.key, answer.text);
    if (result.verdict === 'empty') return { ok: false, reason: result.feedback };
    return {
      ...judged(
        'rewrite',
        result,
        null,
        `${REWRITE_VERDICT_LABELS[result.verdict]}. ${result.feedback}`,
      ),
      completed: result.verdict === 'for-teacher-review',
    };
  }
  if (spec.type === 'compare' && key.type === 'compare') {
    if (spec.mode === 'spot' && answer.type === 'compare')
      return scoreCompareSpot(spec, key, answer);
    // A kind answer is kept like a Classify answer: difference id → kind.
    if (spec.mode === 'kind' && answer.type === 'classify')
      return scoreCompareKind(spec, key, answer.placed);
  }
  return { ok: false, reason: ANSWER_MISFIT };
}

/**
 * Whether a Check finishes the exercise: its score reaches the policy's pass mark (a rewrite:
 * it is ready for the teacher). Only then may the lesson's and the corpus's explanations, which
 * may name the answers, be shown without the answer itself.
 */
export function passedCheck(judgement: AnswerJudgement, policy: ExercisePolicy): boolean {
  if (!judgement.ok) return false;
  return judgement.completed ?? (judgement.score !== null && passed(policy, judgement.score));
}

function judged<T extends string, R>(type: T, result: R, score: number | null, summary: string) {
  return { ok: true as const, type, result, score, summary };
}

function texts(spec: ComparePublic) {
  return { from: spec.from.text, to: spec.to.text };
}

function scoreCompareSpot(
  spec: ComparePublic,
  key: Extract<ExerciseKey, { type: 'compare' }>,
  answer: Extract<StoredAnswer, { type: 'compare' }>,
): AnswerJudgement {
  const spot = key.keys[0];
  if (spot?.mode !== 'spot') return { ok: false, reason: ANSWER_MISFIT };
  const fromOk = validateSpot(spec.from.text, spot.from, answer.from);
  const toOk = validateSpot(spec.to.text, spot.to, answer.to);
  if (!fromOk.ok && !toOk.ok) return fromOk;
  const result = scoreCompare(spot, texts(spec), { from: answer.from, to: answer.to });
  if (result.mode !== 'spot') return { ok: false, reason: ANSWER_MISFIT };
  return judged('compare-spot', result, result.score, result.summary);
}

function scoreCompareKind(
  spec: ComparePublic,
  key: Extract<ExerciseKey, { type: 'compare' }>,
  placed: Readonly<Record<string, string>>,
): AnswerJudgement {
  if (!spec.differences.some((d) => placed[d.id])) return { ok: false, reason: CHOOSE_A_KIND };
  const results = spec.differences.map((d, n) => {
    const k = key.keys[n];
    const kind = placed[d.id];
    if (k?.mode !== 'kind') return null;
    const result = scoreCompare(k, texts(spec), { kind: kind ? [kind] : [] });
    return result.mode === 'kind' ? result.choice : null;
  });
  const right = results.filter((r) => r?.correct).length;
  const total = spec.differences.length;
  const score = results.reduce((sum, r) => sum + (r?.score ?? 0), 0) / Math.max(1, total);
  return judged('compare-kind', results, score, `${right} of ${total} named correctly.`);
}
