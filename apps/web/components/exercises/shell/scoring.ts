/**
 * The core's judging functions, loaded with the key on the first Check (or automatic hint): a
 * student who never checks never downloads them, and the lesson page starts lighter.
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
