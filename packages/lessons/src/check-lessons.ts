/**
 * Checks every lesson in `lessons/` together: each file on its own, then what only the whole
 * kit can tell (two lessons with one slug or one `order`, links to lessons that do not exist).
 *
 * Server and build side only (reads files).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { closestWord, listOnce, type Corpus, type Diagnostic } from '@sayswho/core';
import { checkLesson, type CheckedLesson } from './check-lesson';

/** Walks up from `start` (the app runs in `apps/web`) to the repository's `lessons/` folder. */
export function findLessonsDir(start: string = process.cwd()): string {
  // The lessons are read when the kit is built and by `next dev`, never by a deployed server, so
  // Turbopack is told not to trace these reads (it would otherwise pack the whole project).
  for (let dir = path.resolve(/*turbopackIgnore: true*/ start); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'turbo.json')) && existsSync(path.join(dir, 'lessons')))
      return path.join(dir, 'lessons');
    if (path.dirname(dir) === dir)
      throw new Error(
        `No lessons/ folder found in ${start} or any folder above it; run from inside the Says Who repository.`,
      );
  }
}

/** `My Lesson.mdx` → `my-lesson`: the address of a lesson is its file name. */
export function slugOf(fileName: string): string {
  return fileName
    .replace(/\.mdx$/i, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Addresses under /lessons/ that the app uses itself (the dev live preview's event stream). */
export const RESERVED_SLUGS = ['live-preview'];

export interface CheckedKit {
  readonly lessons: readonly CheckedLesson[];
  /** Every problem, per file and across files, sorted by file and line. */
  readonly diagnostics: readonly Diagnostic[];
}

export interface LessonSource {
  /** Relative to the repository root, e.g. `lessons/who-says-so.mdx`. */
  readonly file: string;
  readonly source: string;
}

/** Reads `lessons/*.mdx` (files starting with `_` or `.` are drafts and skipped). */
export function readLessonSources(dir: string = findLessonsDir()): LessonSource[] {
  const root = path.dirname(dir);
  // Not traced by Turbopack: see findLessonsDir.
  return readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((name) => /\.mdx$/i.test(name) && !name.startsWith('_') && !name.startsWith('.'))
    .sort()
    .map((name) => {
      const full = path.join(/*turbopackIgnore: true*/ dir, name);
      return {
        file: path.relative(root, full).split(path.sep).join('/'),
        source: readFileSync(/*turbopackIgnore: true*/ full, 'utf8'),
      };
    });
}

export function checkLessons(sources: readonly LessonSource[], corpus: Corpus): CheckedKit {
  const lessons = sources.map(({ file, source }) =>
    checkLesson(source, { file, slug: slugOf(path.posix.basename(file)), corpus }),
  );
  const diagnostics = lessons.flatMap((l) => [...l.diagnostics]);
  const error = (file: string, line: number, column: number, message: string, fix: string) =>
    diagnostics.push({ file, line, column, severity: 'error', message, fix });

  const bySlug = new Map<string, CheckedLesson>();
  const byOrder = new Map<number, CheckedLesson>();
  for (const lesson of lessons) {
    const name = path.posix.basename(lesson.file);
    if (!lesson.slug) {
      error(
        lesson.file,
        0,
        0,
        `the file name "${name}" has no letters or digits, so the lesson has no address`,
        'rename it, e.g. lessons/who-says-so.mdx',
      );
      continue;
    }
    if (RESERVED_SLUGS.includes(lesson.slug)) {
      error(
        lesson.file,
        0,
        0,
        `the address /lessons/${lesson.slug}/ is used by the kit itself`,
        'rename the file',
      );
      continue;
    }
    const first = bySlug.get(lesson.slug);
    if (first)
      error(
        lesson.file,
        0,
        0,
        `this lesson and ${first.file} both get the address /lessons/${lesson.slug}/`,
        'rename one of the files',
      );
    else bySlug.set(lesson.slug, lesson);
    if (`${lesson.slug}.mdx` !== name) {
      diagnostics.push({
        file: lesson.file,
        line: 0,
        column: 0,
        severity: 'warning',
        message: `the file name "${name}" becomes the address /lessons/${lesson.slug}/`,
        fix: `rename the file to ${lesson.slug}.mdx so the two match`,
      });
    }
    const order = lesson.frontmatter?.order;
    if (order === undefined) continue;
    const sameOrder = byOrder.get(order);
    if (sameOrder)
      error(
        lesson.file,
        orderLine(sources, lesson.file),
        1,
        `\`order: ${order}\` is also the order of ${sameOrder.file}`,
        `give each lesson its own order, e.g. order: ${Math.max(...byOrder.keys()) + 1}`,
      );
    else byOrder.set(order, lesson);
  }
  for (const lesson of lessons) {
    for (const link of lesson.links) {
      if (bySlug.has(link.slug)) continue;
      const guess = closestWord(link.slug, [...bySlug.keys()]);
      error(
        lesson.file,
        link.line,
        link.column,
        `the link to /lessons/${link.slug}/ goes to a lesson that does not exist`,
        guess
          ? `did you mean /lessons/${guess}/?`
          : `the lessons are: ${[...bySlug.keys()].join(', ')}`,
      );
    }
  }
  return { lessons, diagnostics: sortDiagnostics(diagnostics) };
}

/**
 * The problems of the whole kit in the order to fix them, each once: the corpus first, since a
 * broken article is left out and the lessons that use it cannot be checked; their problems are
 * counted under the corpus mistake they follow from (`listOnce`), then the lessons' own.
 */
export function corpusFirst(
  corpus: readonly Diagnostic[],
  lessons: readonly Diagnostic[],
): Diagnostic[] {
  return listOnce([...sortDiagnostics(corpus), ...sortDiagnostics(lessons)]);
}

export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

function orderLine(sources: readonly LessonSource[], file: string): number {
  const source = sources.find((s) => s.file === file)?.source ?? '';
  const index = source.split('\n').findIndex((line) => /^order\s*:/.test(line));
  return index + 1;
}
