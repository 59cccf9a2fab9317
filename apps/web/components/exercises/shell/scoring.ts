/**
 * The judging code, loaded with the key on the first Check (or automatic hint, or "show the
 * answer"): the core's judging functions, the turning of a Spot result or key into marks and
 * notes, and the drawing of those marks on the passage. A student who never checks never
 * downloads it, and the lesson page starts lighter.
 */
export {
  checkRewrite,
  hintSteps,
  scoreChoice,
  scoreClassify,
  scoreCompare,
  scoreSpot,
  validateChoice,
  validateClassify,
  validateSpot,
} from '@sayswho/core/quiz';
export { feedbackFromKey, feedbackFromResult } from '../spot/spot-feedback';
export { drawFeedback } from '../word-select/feedback-marks';
