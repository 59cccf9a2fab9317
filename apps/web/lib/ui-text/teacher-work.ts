/**
 * Interface text of the students' work on a teacher's class page: the roster's progress, one
 * student's page, the rewrites to review and the results' downloads. Its own module so that only
 * those pages ship it.
 */
import type { ExerciseStatus } from '@sayswho/core/class-results';

export const teacherWorkText = {
  progress: {
    caption: 'Progress per exercise',
    region: 'Progress per exercise (scrolls sideways on a narrow screen)',
    student: 'Student',
    activeNow: 'Active now',
    lastSeen: (when: string) => `Last seen ${when} — work may still be on its way`,
    neverSeen: 'No work received yet',
    onTask: (minutes: number) => `${minutes} min on task`,
    status: {
      'not-started': 'Not started',
      working: 'Working',
      checked: 'Checked',
      'answer-shown': 'Answer shown',
    } satisfies Record<ExerciseStatus, string>,
    // A symbol as well as a colour and a word, so the table can be scanned without colour.
    symbol: {
      'not-started': '–',
      working: '✎',
      checked: '✓',
      'answer-shown': '◉',
    } satisfies Record<ExerciseStatus, string>,
    best: (percent: number) => `best ${percent}%`,
    hints: (n: number) => (n === 1 ? '1 hint' : `${n} hints`),
    pages: 'Pages of the roster',
    range: (first: number, last: number) => `Students ${first}–${last}`,
    shown: (first: number, last: number, total: number) =>
      `Students ${first}–${last} of ${total} (a page at a time, in the order they joined).`,
  },
  student: {
    back: (className: string) => `Back to ${className}`,
    title: (label: string) => `${label}’s work`,
    joined: (when: string) => `Joined ${when}.`,
    onTask: (minutes: number) =>
      `Time on task: ${minutes} min (the time between their actions; pauses over 5 minutes are left out).`,
    noAnswer: 'No answer yet.',
    attempts: 'Checks',
    hints: 'Hints used',
    answerShown: 'Answer shown',
    yes: 'Yes',
    no: 'No',
    lastAnswer: 'Their last answer',
    marked: (n: number) =>
      n === 1 ? 'They marked 1 passage of the text:' : `They marked ${n} passages of the text:`,
    right: 'right',
    wrong: 'wrong',
    placedIn: (category: string) => `put in “${category}”`,
    notPlaced: 'not placed',
    fromVersion: 'First version',
    toVersion: 'Second version',
  },
  rewrites: {
    heading: 'Rewrites to review',
    ofPage: 'The rewrites of the students on the roster’s page shown above.',
    none: 'No rewrites checked yet.',
    newRewrites: (labels: readonly string[]) =>
      `New rewrite${labels.length === 1 ? '' : 's'} to review, from ${new Intl.ListFormat('en-GB').format(labels)}.`,
    original: 'The original',
    automatic: 'Automatic check',
    automaticVerdict: {
      empty: 'empty',
      unchanged: 'unchanged from the original',
      'loaded-words-remain': 'loaded words remain',
      'for-teacher-review': 'no loaded words left: for you to judge',
      unknown: 'not recorded',
    },
    saved: 'Your review',
    notReviewed: 'Not reviewed yet.',
    verdictLegend: (label: string) => `Your verdict on ${label}’s rewrite`,
    verdict: { fair: 'Good', 'try-again': 'Needs work' },
    comment: 'Comment (optional; the student sees it)',
    commentTooLong: (max: number) => `Keep the comment to ${max} characters.`,
    verdictMissing: 'Choose “Good” or “Needs work”.',
    save: 'Save the review',
    savedNow: (label: string) => `Review of ${label}’s rewrite saved; it reaches their device.`,
  },
  exports: {
    heading: 'Download the results',
    csv: 'Results as a spreadsheet (CSV)',
    csvHelp:
      'One row per student and exercise: the student’s name, attempts, hints, best score, whether the answer was shown and their last answer.',
    xapi: 'Results as xAPI statements (JSON lines)',
    xapiHelp:
      'For a school’s learning record store: one statement per Check, with a pseudonymous id for each student, never a name.',
    report: 'Printable class report',
    reportHelp:
      'Per exercise, the class’s marks on the text or how its answers spread, with the key, and the items most often missed; no names.',
  },
} as const;
