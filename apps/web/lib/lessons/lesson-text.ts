/**
 * Interface text of the lesson pages, the teacher view and the in-page error display. Kept beside
 * the lesson routes; shaped like `UI` in lib/ui-text.ts so it can be merged into it for translation.
 */
export const LESSON_UI = {
  minutes: (n: number) => `${n} minutes`,
  objectives: 'In this lesson you will',
  vocabulary: 'Words to know',
  previous: 'Previous lesson',
  next: 'Next lesson',
  lessonNav: 'More lessons',
  teacher: {
    banner: 'Teacher view',
    bannerNote:
      'This page shows the answers, the teacher notes and the discussion guide. It is not linked from the student pages, but a static kit has no login: anyone with the address can open it.',
    studentLink: 'Open the student view',
    teacherLink: 'Teacher view of this lesson',
    note: 'Teacher note',
    answerKey: 'Answer key',
    hints: 'Hints written in the lesson',
    explanation: 'Explanation shown to students after they check',
    exercise: (type: string, id: string) => `${type} exercise “${id}”`,
    correct: 'correct',
    notCorrect: 'not correct',
    feedback: 'Feedback',
    borderline: 'borderline: accepted, never required',
    noExplanation: 'No explanation written for this exercise.',
    category: 'Category',
    loadedWords: 'Loaded words and plainer alternatives',
    difference: 'Difference',
    kind: 'Kind',
    discussionGuide: 'Discussion guide',
    noDiscussion: 'This lesson has no discussion prompts.',
  },
  error: {
    heading: 'This part of the lesson has a problem',
    pageHeading: 'This lesson cannot be shown yet',
    intro: 'Fix the lesson file and save it: this page updates by itself. `npm run check` lists the same problems.',
    fix: 'How to fix it',
  },
} as const;
