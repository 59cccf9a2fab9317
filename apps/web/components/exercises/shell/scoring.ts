/**
 * The judging code, loaded with the key in idle time after the student's first answer (or on a
 * Check, automatic hint or "show the answer" before one): the core's judging functions, the
 * turning of a Spot result or key into marks and notes, and the drawing of those marks on the
 * passage and of the notes under it. A student who never answers never downloads it, and the
 * lesson page starts lighter.
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
export { FeedbackNotes } from './feedback-notes';
