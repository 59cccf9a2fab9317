/**
 * Interface text of the summary at the end of a lesson (best scores, what to look at next). Part
 * of UI's `progress` (./index.ts); the summary is loaded only when a student reaches it, and its
 * words with it.
 */
export const summaryText = {
  summaryHeading: 'How you did',
  exercise: 'Exercise',
  bestScore: 'Best score',
  attempts: 'Attempts',
  hints: 'Hints',
  notStarted: 'Not started',
  answerShownNote: 'answer shown',
  nextHeading: 'What to look at next',
  nextNotDone: (title: string) => `Finish “${title}”.`,
  nextLowScore: (title: string, percent: number) =>
    `Go back to “${title}”: your best score is ${percent}%.`,
  nextAllDone:
    'You have done every exercise in this lesson. Well done: move on to the next lesson.',
  forTeacher: 'for your teacher',
  scoreCell: (percent: number) => `${percent}%`,
  summaryCaption: 'Your best score in each exercise',
} as const;
