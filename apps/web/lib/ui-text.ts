/**
 * Every piece of interface text, in one place, ready for translation. Components import from
 * here; they never hard-code words a student reads. (Lesson content and corpus explanations are
 * content, not interface, and live in lessons/ and the corpus.)
 */
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
    privacy: 'Says Who keeps your work on this device only. Nothing you do here is sent anywhere.',
    credit: 'Articles are Associated Press reports, shown as published by the outlets named on each page, for classroom teaching.',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address. It may have moved, or the link may have a typo.',
    back: 'Go to the lessons',
  },
} as const;
