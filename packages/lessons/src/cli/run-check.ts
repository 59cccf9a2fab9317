/**
 * `npm run check`: every lesson and the whole corpus, reported the way a compiler does
 * (`lessons/x.mdx:12:5 error: … — fix`); exit 1 on any error.
 */
import path from 'node:path';
import {
  findCorpusDir,
  formatDiagnostic,
  hasErrors,
  loadCorpus,
  type Diagnostic,
} from '@sayswho/core';
import { checkLessons, corpusFirst, findLessonsDir, readLessonSources } from '../check-lessons';

export interface Output {
  log(line: string): void;
  error(line: string): void;
}

/** Returns the exit code. `cwd` is where the user typed the command. */
export function runCheck(args: readonly string[], out: Output, cwd: string): number {
  const lessonsArg = option(args, '--lessons');
  const corpusArg = option(args, '--corpus');
  const corpusLoad = loadCorpus(corpusArg ? path.resolve(cwd, corpusArg) : findCorpusDir(cwd));
  const kit = checkLessons(
    readLessonSources(lessonsArg ? path.resolve(cwd, lessonsArg) : findLessonsDir(cwd)),
    corpusLoad.corpus,
  );
  const diagnostics = corpusFirst(corpusLoad.diagnostics, kit.diagnostics);
  for (const d of diagnostics) out.error(formatDiagnostic(d));
  const exercises = kit.lessons.reduce((n, l) => n + l.exercises.length, 0);
  out.log(
    `\nChecked ${kit.lessons.length} lesson(s) with ${exercises} exercise(s), and ${corpusLoad.corpus.articles.length} article(s) in ${corpusLoad.corpus.stories.length} story(ies).`,
  );
  out.log(verdict(diagnostics));
  return hasErrors(diagnostics) ? 1 : 0;
}

function verdict(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (errors === 0) return `✓ All good${warnings ? ` (${warnings} warning(s) to look at)` : ''}.`;
  return `✗ ${errors} error(s), ${warnings} warning(s). Each line above says the file, line and column, what is wrong, and after the — how to fix it.`;
}

export function option(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index !== -1) return args[index + 1];
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}
