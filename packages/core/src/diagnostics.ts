/**
 * A problem found in a teacher's file (annotation, article, lesson), reported the way a compiler
 * does: where, what, and how to fix it. Shared by the corpus loader and the lesson checker so
 * every error in the kit reads the same.
 *
 * Browser-safe: no imports.
 */
export interface Diagnostic {
  /** Path relative to the repository root, with forward slashes, e.g. `lessons/who-says-so.mdx`. */
  readonly file: string;
  /** 1-based; 0 when the problem is about the whole file. */
  readonly line: number;
  /** 1-based; 0 when unknown. */
  readonly column: number;
  readonly severity: 'error' | 'warning';
  /** What is wrong, naming the thing (annotation id, component, prop). */
  readonly message: string;
  /** How to fix it, in plain words; a did-you-mean when there is one. */
  readonly fix?: string;
}

/** `lessons/x.mdx:12:5 error: message — fix` */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.column || 1}` : d.file;
  return `${where} ${d.severity}: ${d.message}${d.fix ? ` — ${d.fix}` : ''}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** A file with nothing in it: one message, instead of one for everything it lacks. */
export function emptyFile(file: string, fix: string): Diagnostic {
  return { file, line: 0, column: 0, severity: 'error', message: 'the file is empty', fix };
}
