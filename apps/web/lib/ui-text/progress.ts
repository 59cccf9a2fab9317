/**
 * Interface text of lesson progress, which every lesson page loads. Part of UI (./index.ts); the
 * summary at the end of a lesson has its own module (./lesson-summary.ts), loaded with it.
 */
export const progressText = {
  storageUnavailable:
    'This browser is not letting Says Who save your work, so it will be lost when you leave or reload this page. Hand in your answers at the end of the lesson before you leave it.',
  indicator: (done: number, total: number) => `${done} of ${total} exercises done`,
  indicatorLabel: 'Your progress in this lesson',
} as const;
