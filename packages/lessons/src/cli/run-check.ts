/**
 * `npm run check`: every lesson and the whole corpus, reported the way a compiler does
 * (`lessons/x.mdx:12:5 error: … — fix`); exit 1 on any error.
 */
import { existsSync } from 'node:fs';
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

const HELP = `npm run check: checks every lesson in lessons/ and the whole corpus in packages/core/corpus/.

Each problem is printed on one line: the file, line and column, what is wrong, and after the — how
to fix it. Ends with ✓ All good. (exit code 0) or the number of errors (exit code 1).

  npm run check                       check everything
  npm run check -- --lessons DIR      check the lessons in another folder
  npm run check -- --corpus DIR       check against another corpus folder

The authoring guide (docs/authoring-guide.md) explains every message.`;

/** Returns the exit code. `cwd` is where the user typed the command. */
export function runCheck(args: readonly string[], out: Output, cwd: string): number {
  if (wantsHelp(args)) {
    out.log(HELP);
    return 0;
  }
  const lessonsArg = option(args, '--lessons');
  const corpusArg = option(args, '--corpus');
  const lessonsDir = lessonsArg ? path.resolve(cwd, lessonsArg) : findLessonsDir(cwd);
  const corpusDir = corpusArg ? path.resolve(cwd, corpusArg) : findCorpusDir(cwd);
  for (const [dir, given] of [
    [lessonsDir, '--lessons'],
    [corpusDir, '--corpus'],
  ] as const) {
    if (!existsSync(dir)) {
      out.log(
        `npm run check: there is no folder ${dir} (${given}); give the path of an existing one.`,
      );
      return 1;
    }
  }
  const corpusLoad = loadCorpus(corpusDir);
  const kit = checkLessons(readLessonSources(lessonsDir), corpusLoad.corpus);
  const diagnostics = corpusFirst(corpusLoad.diagnostics, kit.diagnostics);
  // The whole report goes to one stream: npm and Turborepo read stdout and stderr separately, and
  // printed the errors after the verdict about them when the two were mixed.
  for (const d of diagnostics) out.log(formatDiagnostic(d));
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

/** `--help`, `-h` or `help`: asking for help is not a mistake, so it exits 0 (npm prints no error lines). */
export function wantsHelp(args: readonly string[]): boolean {
  return args.some((a) => a === '--help' || a === '-h') || args[0] === 'help';
}

export function option(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index !== -1) return args[index + 1];
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}
