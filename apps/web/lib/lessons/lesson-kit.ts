/**
 * The checked lessons and the corpus they use, for the app's server components and routes.
 *
 * In `next dev` the kit is re-read whenever a lesson or corpus file changes (by modification
 * time), so the live preview shows a teacher's edit on the next render; problems are shown in
 * the page. In `next build` it is read once, and any error fails the build with the same
 * compiler-style messages as `npm run check`.
 *
 * Server and build side only (reads files).
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  findCorpusDir,
  formatDiagnostic,
  hasErrors,
  loadCorpus,
  type Corpus,
  type Diagnostic,
} from '@sayswho/core';
import {
  checkLessons,
  corpusFirst,
  findLessonsDir,
  readLessonSources,
  type CheckedLesson,
} from '@sayswho/lessons';
import { keepLastGood } from './keep-last-good';

export interface LessonKit {
  readonly corpus: Corpus;
  /** Sorted by `order`; lessons whose frontmatter is broken come last, by file name. */
  readonly lessons: readonly CheckedLesson[];
  readonly corpusDiagnostics: readonly Diagnostic[];
  /** Every problem in the corpus, then in the lessons (`corpusFirst`). */
  readonly diagnostics: readonly Diagnostic[];
  /** True in `next dev`, where a teacher previews the lessons: pages then show warnings too. */
  readonly livePreview: boolean;
}

const live = process.env.NODE_ENV === 'development';

/**
 * One reading of the kit per server process. `next dev` compiles each route into a bundle of its
 * own, each with its own copy of this module: kept in a module variable, the lesson page, its key
 * route and the class server would each check every lesson again (the first Check in the preview
 * waited for it). On `globalThis` they share it.
 */
const shared = globalThis as typeof globalThis & {
  sayswhoLessonKit?: { signature: string; kit: LessonKit };
};

/**
 * The lessons and corpus folders; also what the live preview watches. SAYSWHO_LESSONS_DIR and
 * SAYSWHO_CORPUS_DIR point the app at other folders (the tests use them to plant a mistake, or to
 * write articles from the browser, without touching lessons/ or the corpus).
 */
export function watchedDirs(): { lessons: string; corpus: string } {
  const { SAYSWHO_LESSONS_DIR: lessons, SAYSWHO_CORPUS_DIR: corpus } = process.env;
  return {
    lessons: lessons ? path.resolve(lessons) : findLessonsDir(),
    corpus: corpus ? path.resolve(corpus) : findCorpusDir(),
  };
}

/**
 * Names, modification times and sizes of every file under the watched folders (or these). The
 * size too: two writes within one tick of the file system's clock can leave the same time.
 */
export function filesSignature(dirs: { lessons: string; corpus: string } = watchedDirs()): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const { mtimeMs, size } = statSync(full);
        parts.push(`${full}:${mtimeMs}:${size}`);
      }
    }
  };
  walk(dirs.lessons);
  walk(dirs.corpus);
  return parts.join('\n');
}

/** A short name for the current state of every lesson and corpus file, for the live preview. */
export function filesVersion(): string {
  return createHash('sha1').update(filesSignature()).digest('hex').slice(0, 12);
}

function readKit(previous: Corpus | null): LessonKit {
  const dirs = watchedDirs();
  const read = loadCorpus(dirs.corpus);
  const loaded = previous ? keepLastGood(read, previous) : read;
  const checked = checkLessons(readLessonSources(dirs.lessons), loaded.corpus);
  const lessons = [...checked.lessons].sort(
    (a, b) =>
      (a.frontmatter?.order ?? Infinity) - (b.frontmatter?.order ?? Infinity) ||
      a.slug.localeCompare(b.slug),
  );
  // Each mistake once: the corpus's come first, each with the count of lesson problems it causes.
  const diagnostics = corpusFirst(loaded.diagnostics, checked.diagnostics);
  return {
    corpus: loaded.corpus,
    lessons,
    corpusDiagnostics: diagnostics.slice(0, loaded.diagnostics.length),
    diagnostics,
    livePreview: live,
  };
}

export function getLessonKit(): LessonKit {
  const cached = shared.sayswhoLessonKit;
  if (!live) {
    if (cached) return cached.kit;
    const kit = readKit(null);
    failOnErrors(kit.diagnostics);
    shared.sayswhoLessonKit = { signature: '', kit };
    return kit;
  }
  const signature = filesSignature();
  if (cached?.signature !== signature)
    shared.sayswhoLessonKit = { signature, kit: readKit(cached?.kit.corpus ?? null) };
  return shared.sayswhoLessonKit!.kit;
}

/**
 * A production build must not publish a lesson with an error: stop with every message. `npm run
 * build` checks first (apps/web/package.json), so this is met only by a `next build` run alone.
 */
function failOnErrors(diagnostics: readonly Diagnostic[]): void {
  if (!hasErrors(diagnostics)) return;
  const lines = diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
  throw new Error(
    `The lessons or the corpus have ${lines.length} error(s); fix them and build again (npm run check lists them too):\n${lines.join('\n')}`,
  );
}

export function getLesson(slug: string): CheckedLesson | undefined {
  return getLessonKit().lessons.find((l) => l.slug === slug);
}

/** `generateStaticParams` of every per-lesson route: one page per checked lesson. */
export function lessonSlugParams(): { slug: string }[] {
  return getLessonKit().lessons.map((lesson) => ({ slug: lesson.slug }));
}
