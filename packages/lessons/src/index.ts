/**
 * `@sayswho/lessons`: the lesson language of Says Who. Parses MDX lessons without evaluating
 * them, checks them against the component table and the corpus, and builds each exercise's
 * public part and answer key. No React; server and build side only (reads files).
 */
export type * from './exercise-spec';
export { COMPONENTS, COMPONENT_NAMES, componentSpec } from './component-spec';
export type { ComponentName, ComponentSpec, PropSpec, Reference } from './component-spec';
export { checkLesson, keyUrl } from './check-lesson';
export type { CheckedLesson, LessonLink } from './check-lesson';
export {
  checkLessons,
  corpusFirst,
  findLessonsDir,
  readLessonSources,
  slugOf,
  sortDiagnostics,
} from './check-lessons';
export type { CheckedKit, LessonSource } from './check-lessons';
export { SKILLS, frontmatterSchema } from './frontmatter';
export type { LessonFrontmatter, Skill } from './frontmatter';
export { componentData, isComponentNode, nodeProblems } from './lesson-tree';
export { sanitizeContent } from './sanitize-content';
export type { ComponentData, ComponentNode, LessonTree } from './lesson-tree';
export type { LiteralValue } from './literal-value';
