/**
 * Interface text of the class's results: the dashboard section of the teacher's class page and
 * the projector view. Its own module so that only those pages ship it; part of UI (./index.ts).
 */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const classResultsText = {
  heading: 'The class’s work',
  intro:
    'Each exercise across the class, from every student’s latest answer, one exercise’s results open at a time. It updates by itself while students work.',
  openResults: (title: string) => `Show the results of ${title}`,
  none: 'Nobody has answered an exercise yet.',
  live: {
    updated: (time: string) => `Updated at ${time}.`,
    connecting: 'Connecting to live updates…',
    open: 'Live: this updates by itself as students work.',
    reconnecting: 'Live updates paused: reconnecting…',
    failed:
      'Live updates could not fetch the latest results; they try again at the next change. If this stays, reload the page.',
    loading: 'Loading the class’s work…',
  },
  exerciseTitle: (n: number, type: string) => `Exercise ${n}: ${type}`,
  exerciseInLesson: (title: string, lesson: string) => `${title} (${lesson})`,
  types: {
    spot: 'Spot',
    choice: 'Choice',
    classify: 'Classify',
    rewrite: 'Rewrite',
    compare: 'Compare',
  } as Record<string, string>,
  statuses: (s: { checked: number; working: number; shown: number; notStarted: number }) =>
    `Checked: ${s.checked} · Working: ${s.working} · Answer shown: ${s.shown} · Not started: ${s.notStarted}`,
  locked: 'Locked: students can look but not Check.',
  answered: (n: number) => plural(n, 'student answered', 'students answered'),
  heatmap: {
    help: 'The number after a word is how many students marked it; the darker the shade, the more of the class.',
    showKey: 'Show the key',
    legendKey: 'Underlined: a word of the key',
    legendBorderline: 'Dotted underline: borderline (never counted against a student)',
    tableSummary: 'The marks as a table',
    caption: (passage: string) => `Words marked in ${passage}`,
    word: 'Word',
    paragraph: 'Paragraph',
    count: 'Students who marked it',
    inKey: 'In the key',
    yes: 'Yes',
    borderline: 'Borderline',
    no: 'No',
    headlineParagraph: 'headline',
    noMarks: 'Nobody has marked a word here yet.',
  },
  missed: {
    heading: 'Items most often missed',
    wrongHeading: 'Wrong words most often marked',
    missedBy: (n: number, of: number) => `missed by ${n} of ${of}`,
    markedBy: (n: number) => `marked by ${plural(n, 'student', 'students')}`,
    noneMissed: 'Every item was found by everyone who answered.',
    noneWrong: 'Nobody marked a word outside the key.',
  },
  distribution: {
    chosenBy: (n: number) => plural(n, 'student', 'students'),
    right: 'the right answer',
    item: (label: string) => `“${label}”`,
  },
  rewrites: (n: number) => `${plural(n, 'rewrite', 'rewrites')} checked`,
  rewritesLink: 'Read and review them',
  difficult: {
    heading: 'Difficult items',
    help: 'Across the class, the items missed by the largest share of the students who answered them.',
    none: 'Nothing has been missed yet.',
    missed: (n: number, of: number) => `missed by ${n} of ${of}`,
  },
  project: {
    link: 'Show one exercise on the projector (no names)',
    title: 'Discuss an exercise',
    choose: 'Exercise to show',
    show: 'Show',
    pick: 'Choose an exercise to show its results to the class.',
    reveal: 'Reveal the results',
    hide: 'Hide the results',
    hidden: 'The results are hidden, so the class can answer before seeing how the others did.',
    lock: 'Lock',
    unlock: 'Unlock',
    lockedNow: 'Locked: students can look but no longer Check.',
    unlockedNow: 'Open: students can Check.',
    back: 'Back to the class',
  },
  report: {
    title: (className: string) => `Class report: ${className}`,
    facts: (day: string, students: number) =>
      `${day} · ${plural(students, 'student', 'students')} in the class`,
    lessons: 'Lessons',
    holds:
      'This report holds the class’s answers counted together: how many students marked each word or chose each answer, with the key shown, and the items most often missed. It names no student, so it can be printed, shared with colleagues or kept.',
    print: 'Print the report',
    perExercise: 'Each exercise',
    back: 'Back to the class',
  },
};
