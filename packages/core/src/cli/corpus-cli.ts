/**
 * `npm run corpus -- <command>` for teachers and CI:
 *   check                          validate every story; exit 1 on any error
 *   stats                          counts per kind and per article
 *   export --format w3c --out DIR  W3C Web Annotations (one .txt and .json per article)
 */
import path from 'node:path';
import { formatDiagnostic, hasErrors } from '../diagnostics';
import { loadCorpus } from '../corpus/load-corpus';
import { summarizeCorpus } from '../corpus/summarize-corpus';
import { writeW3cExport } from '../w3c/write-w3c-export';

const USAGE = 'usage: npm run corpus -- check | stats | export --format w3c --out DIR';

function main(args: readonly string[]): number {
  const [command, ...rest] = args;
  if (command !== 'check' && command !== 'stats' && command !== 'export') {
    console.error(USAGE);
    return 2;
  }
  const { corpus, diagnostics } = loadCorpus();
  for (const d of diagnostics) console.error(formatDiagnostic(d));
  const failed = hasErrors(diagnostics);

  if (command === 'export') {
    const format = option(rest, '--format');
    const out = option(rest, '--out');
    if (format !== 'w3c' || !out) {
      console.error(USAGE);
      return 2;
    }
    if (failed) {
      console.error('Not exported: fix the errors above first (an export of a broken corpus would lose annotations).');
      return 1;
    }
    // npm runs workspace scripts in the package folder; INIT_CWD is where the teacher typed the command.
    const dir = path.resolve(process.env.INIT_CWD ?? process.cwd(), out);
    const files = writeW3cExport(corpus, dir);
    console.log(`Wrote ${files.length} files to ${dir}`);
    return 0;
  }

  console.log(summarizeCorpus(corpus));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (command === 'check') {
    console.log(failed ? `\n✗ ${errors} error(s), ${warnings} warning(s).` : `\n✓ Corpus OK${warnings ? ` (${warnings} warning(s))` : ''}.`);
  }
  return failed ? 1 : 0;
}

function option(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index !== -1) return args[index + 1];
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

process.exitCode = main(process.argv.slice(2));
