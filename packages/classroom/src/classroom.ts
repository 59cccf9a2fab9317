/**
 * What every service works with: the database, the settings, the lesson kit, the clock and the
 * log. The server builds one per process (`startClassroom`, with the live channel besides), the
 * CLI one per command, tests their own.
 */
import type { CheckedLesson } from '@sayswho/lessons';
import type { ClassConfig } from './config';
import type { Database } from './db/open-database';

/** What class mode needs of a lesson: the app's `getLesson()` gives it (a CheckedLesson). */
export type ClassLesson = Pick<CheckedLesson, 'slug' | 'fingerprint' | 'exercises' | 'frontmatter'>;

/** The lesson kit as the server has it now (in `next dev`, re-read when a lesson changes). */
export interface LessonCatalog {
  lesson(slug: string): ClassLesson | undefined;
  lessons(): readonly ClassLesson[];
}

export interface Classroom {
  readonly database: Database;
  readonly config: ClassConfig;
  readonly lessons: LessonCatalog;
  readonly now: () => Date;
  /** One line per fault worth a look (a database that is down, a failed notification). */
  readonly log: (line: string) => void;
}

/** For the CLI, whose commands need no lessons. */
export const NO_LESSONS: LessonCatalog = { lesson: () => undefined, lessons: () => [] };
