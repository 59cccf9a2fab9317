/** Interface text of lesson progress and the summary at the end of a lesson. Part of UI (./index.ts). */
export const progressText = {
  storageUnavailable:
    'This browser is not letting Says Who save your work, so it will be lost when you leave or reload this page. Hand in your answers at the end of the lesson before you leave it.',
  indicator: (done: number, total: number) => `${done} of ${total} exercises done`,
  indicatorLabel: 'Your progress in this lesson',
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
