/**
 * `npm run corpus -- <command>` for teachers and CI:
 *   check                          validate every story; exit 1 on any error
 *   stats                          counts per kind and per article
 *   export --format w3c --out DIR  W3C Web Annotations (one .txt and .json per article)
 * Every command takes `--corpus DIR` to work on another corpus folder.
 */
import path from 'node:path';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../diagnostics';
import { findCorpusDir, loadCorpus } from '../corpus/load-corpus';
import { summarizeCorpus } from '../corpus/summarize-corpus';
import { writeW3cExport } from '../w3c/write-w3c-export';

const USAGE =
  'usage: npm run corpus -- check | stats | export --format w3c --out DIR   [--corpus DIR]';

const HELP = `${USAGE}

  check     checks every story in packages/core/corpus/; exit code 1 on any error
  stats     how many annotations of each kind every article has
  export    the annotations as W3C Web Annotations, one .txt and .json per article
  --corpus DIR   work on another corpus folder

The annotation format: packages/core/corpus/README.md`;

export interface Output {
  log(line: string): void;
  error(line: string): void;
}

/** Returns the exit code. `cwd` is where the user typed the command (relative paths start there). */
export function runCorpusCli(args: readonly string[], out: Output, cwd: string): number {
  const [command, ...rest] = args;
  // Asking for help is not a mistake: exit 0, so npm prints no error lines after it.
  if (command === 'help' || args.includes('--help') || args.includes('-h')) {
    out.log(HELP);
    return 0;
  }
  if (command !== 'check' && command !== 'stats' && command !== 'export') {
    out.error(USAGE);
    return 2;
  }
  const corpusDir = option(rest, '--corpus');
  const { corpus, diagnostics } = loadCorpus(
    corpusDir ? path.resolve(cwd, corpusDir) : findCorpusDir(cwd),
  );
  // The whole report on one stream, so the errors always come before the verdict about them.
  for (const d of diagnostics) out.log(formatDiagnostic(d));
  const failed = hasErrors(diagnostics);

  if (command === 'export') {
    const format = option(rest, '--format');
    const dir = option(rest, '--out');
    if (format !== 'w3c' || !dir) {
      out.error(USAGE);
      return 2;
    }
    if (failed) {
      out.log(
        'Not exported: fix the errors above first (an export of a broken corpus would leave annotations out).',
      );
      return 1;
    }
    const target = path.resolve(cwd, dir);
    const files = writeW3cExport(corpus, target);
    out.log(`Wrote ${files.length} files to ${target}`);
    return 0;
  }

  out.log(summarizeCorpus(corpus));
  if (command === 'check') out.log(`\n${verdict(diagnostics)}`);
  return failed ? 1 : 0;
}

function verdict(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.length - errors.length;
  if (errors.length === 0) return `✓ Corpus OK${warnings ? ` (${warnings} warning(s))` : ''}.`;
  const perFile = new Map<string, number>();
  for (const d of errors) perFile.set(d.file, (perFile.get(d.file) ?? 0) + 1);
  const files = [...perFile].map(([file, n]) => `  ${file}: ${n}`).join('\n');
  return `✗ ${errors.length} error(s), ${warnings} warning(s):\n${files}`;
}

function option(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index !== -1) return args[index + 1];
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}
