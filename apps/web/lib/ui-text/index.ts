/**
 * Every piece of interface text, in one place, ready for translation. Components import from
 * here; they never hard-code words a student reads. (Lesson content and corpus explanations are
 * content, not interface, and live in lessons/ and the corpus.)
 *
 * The text that code running in the browser needs lives in one module per area (exercise,
 * picker, progress, lesson summary, hand-in, article, offline, offline-notice), and that code
 * imports its area's module, never this one: importing `UI` in the browser would ship every page's words with every
 * island (`npm run bench` counts the bytes).
 */
import { exerciseText } from './exercise';
import { feedbackText } from './feedback';
import { pickerText } from './picker';
import { progressText } from './progress';
import { summaryText } from './lesson-summary';
import { handInText } from './hand-in';
import { articleText } from './article';
import { offlineText } from './offline';
import { offlineNoticeText } from './offline-notice';
import { teacherClassText } from './teacher-class';

export const UI = {
  siteName: 'Says Who',
  tagline: 'Read the news like a fact-checker',
  skipToContent: 'Skip to main content',
  nav: {
    label: 'Main',
    lessons: 'Lessons',
    articles: 'Articles',
    compare: 'Compare versions',
    guide: 'Teacher guide',
  },
  footer: {
    // Shown on every page, class pages included: true of both ways the kit is used.
    privacy:
      'Says Who keeps your work on this device. Only in a class you joined does it go to your school’s own server, for your teacher; nothing goes anywhere else.',
    credit:
      'Every article is shown with a credit line naming its outlet and, where it has one, its wire service, and is used here for classroom teaching.',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address. It may have moved, or the link may have a typo.',
    back: 'Go to the lessons',
  },
  article: articleText,
  reader: {
    listTitle: 'Articles',
    listIntro:
      'Real news reports from our collection, each with marks you can switch on: who says so, unverified claims, loaded wording and the parts of the page.',
    published: 'Published',
    by: 'By',
    noHeadline: 'This version has no headline in our copy; the title above is the story’s.',
    compareLink: 'Compare this version with the other outlet’s',
    compareStory: 'Compare the two versions side by side',
    marksHeading: 'Marks on the text',
  },
  compare: {
    listTitle: 'Compare versions',
    listIntro:
      'One story as two outlets printed it. See what each one kept, cut and reworded, word by word.',
    title: (storyTitle: string) => `Two versions: ${storyTitle}`,
    /** Where the versions come from: each sentence is built from the articles' `wire`. */
    origin: {
      sameWire: (fromOutlet: string, toOutlet: string, wire: string) =>
        `${fromOutlet} and ${toOutlet} both printed this ${wire} report.`,
      noWire: (fromOutlet: string, toOutlet: string) =>
        `${fromOutlet} and ${toOutlet} each printed a version of this story.`,
      creditsWire: (outlet: string, wire: string) => `${outlet} credits it to ${wire}`,
      namesNoWire: (outlet: string) => `${outlet} names no wire service`,
      joined: (from: string, to: string) => `${from}; ${to}.`,
    },
    howToRead:
      'Matching paragraphs sit side by side; words only one version has are marked, each kind of change in its own way (see the key).',
    unsorted: {
      label: 'Other changed words',
      definition:
        'Words the two versions do not share that nobody has sorted into a kind of change yet.',
    },
    legendHeading: 'Kinds of difference',
    count: (count: number) => String(count),
    tableCaption: (fromOutlet: string, toOutlet: string) =>
      `${fromOutlet} and ${toOutlet}, paragraph by paragraph`,
    onlyIn: (outlet: string) => `Only in ${outlet}`,
    notIn: (outlet: string) => `Not in ${outlet}`,
    switchLegend: 'Version to show',
    explanationsHeading: 'What changed, and why it matters',
    differenceRef: (kind: string) => `, ${kind}: see the explanation`,
    absentQuote: '(not in this version)',
    readWhole: (outlet: string) => `Read the ${outlet} version with its marks`,
    backToText: (code: string) => `Back to ${code} in the text`,
    textIn: (outlet: string) => `In ${outlet}`,
    hiddenStart: (kind: string) => `[${kind}:`,
    hiddenEnd: ']',
    differenceCode: 'D',
    none: 'No differences of this kind.',
  },
  home: {
    title: 'Lessons',
    intro:
      'Each lesson uses a real news report. Read closely, mark what you find, and check your answers as you go. Your progress is saved on this device only.',
    noLessons: 'No lessons yet. Teachers: see the guide to write the first one.',
    skill: 'Skill',
    skills: {
      attribution: 'Who says so',
      'unverified-claims': 'Unverified claims',
      'loaded-wording': 'Loaded wording',
      'comparing-versions': 'Comparing versions',
    },
    level: 'Level',
    time: 'Time',
    lessonNumber: (order: number) => `Lesson ${order}`,
    done: 'Done',
    minutes: (minutes: number) => `${minutes} min`,
    progress: 'Progress',
  },
  guide: {
    title: 'Teacher guide',
    missing: 'The authoring guide has not been written yet.',
    contents: 'On this page',
  },
  content: {
    keyTerm: 'Key term',
    discuss: 'Discuss',
    teacherNote: 'Teacher note',
    hint: 'Hint',
  },
  exercise: exerciseText,
  feedback: feedbackText,
  picker: pickerText,
  progress: { ...progressText, ...summaryText },
  handIn: handInText,
  offline: offlineText,
  offlineNotice: offlineNoticeText,
  teacherClass: teacherClassText,
  /** The lesson pages, the teacher view and the in-page error display. */
  lesson: {
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
      offlineLink: 'Before class on shaky wifi: make every lesson available offline',
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
      intro:
        'Fix the lesson file and save it: this page updates by itself. `npm run check` lists the same problems.',
      fix: 'How to fix it',
    },
  },
} as const;
