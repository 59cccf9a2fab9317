/**
 * `@sayswho/core/quiz`: what an exercise is, how an answer is checked and scored, what feedback a
 * student gets, and how progress is kept. The app renders; this decides.
 *
 * Browser-safe: imports only the vocabulary, the diagnostics and the corpus *types* (a test
 * checks the import graph), never `fs`, the YAML parser or the corpus loader.
 *
 * Departures from the first sketch of this API, and why:
 * - `hintSteps(key, remaining?)` takes the gold ids not yet found instead of the article: the key
 *   already carries each item's paragraph and hints, and hints about found items waste a step.
 * - `scoreCompare(key, texts, answer)`: a Compare answer is either spans on both sides or a kind.
 * - `buildRewriteKey(article, { annotationIds } | { span })`.
 * - Every exercise type has a `validate…` (is this a real attempt?) beside its `score…`, and the
 *   keys have `validate…Key` functions the lesson checker calls.
 * - Additions for feedback: `SpotKey.noun` (“cue”/“cues”), `GoldItem.paragraph`,
 *   `SpotItemResult.message`/`side`/`paragraph`, and `SpotExtra.status: 'borderline'` for a
 *   debatable selection that neither counts for nor against the student.
 */
export type { Token } from './words';
export { tokenize, quoteSpans } from './words';
export { snapToWords, normaliseSelections, describeSelections } from './selections';

export type { SpotTarget, GoldItem, SpotKey } from './spot-key';
export { passageSpan, buildSpotKey, validateSpotKey } from './spot-key';
export type { SpotResult, SpotItemResult, SpotExtra, SpotItemStatus, BoundaryProblem, Validation } from './score-spot';
export { validateSpot, scoreSpot } from './score-spot';

export type { ChoiceKey, ChoiceResult } from './choice';
export { validateChoiceKey, validateChoice, scoreChoice } from './choice';
export type { ClassifyKey, ClassifyResult } from './classify';
export { buildSourceClassifyKey, sourceLabel, validateClassifyKey, validateClassify, scoreClassify } from './classify';
export type { RewriteKey, RewriteResult, RewriteVerdict } from './rewrite';
export { buildRewriteKey, checkRewrite } from './rewrite';
export type { CompareKey, CompareOptions, CompareAnswer, CompareResult } from './compare';
export { buildCompareKey, validateCompareKey, scoreCompare } from './compare';

export { hintSteps } from './hints';
export type { ExercisePolicy } from './policy';
export { DEFAULT_POLICY, canShowAnswer, canAttempt, passed } from './policy';

export type {
  ProgressState,
  LessonProgress,
  ExerciseProgress,
  StoredAnswer,
  LessonIdentity,
  AttemptRecord,
} from './progress';
export {
  PROGRESS_VERSION,
  emptyProgress,
  parseProgress,
  ownEntry,
  serialiseProgress,
  recordAttempt,
  recordUnseenAttempt,
  sameAnswer,
  recordAnswer,
  recordHint,
  recordAnswerShown,
  resetLesson,
} from './progress';
export { exportAnswers } from './export-answers';

export { aggregateSpans, aggregateChoices } from './aggregate';
