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
  /**
   * The fix as a change to the file, when it is one exact change (a did-you-mean, straight quotes
   * for curly ones): what a tool may apply for the teacher. Each one passes the check (tested).
   */
  readonly edit?: Edit;
  /**
   * Set on a problem that only follows from another one (an exercise on an article whose file is
   * broken): it is counted under that one instead of listed, and checked again once it is fixed.
   */
  readonly followsFrom?: FollowsFrom;
  /** Set by `listOnce` on a problem others follow from: how many, and what they use. */
  readonly followers?: { readonly count: number; readonly what: FollowsFrom['what'] };
}

/** Replace `length` characters at `offset` (UTF-16 code units into the file's text) with `text`. */
export interface Edit {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

export interface FollowsFrom {
  readonly cause: Diagnostic;
  /** What the following problem is waiting for: the article, annotation, story or difference the cause left out. */
  readonly what: 'article' | 'annotation' | 'story' | 'difference';
}

/** `lessons/x.mdx:12:5 error: message — fix (and what follows from it)` */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.column || 1}` : d.file;
  const followers = describeFollowers(d);
  return `${where} ${d.severity}: ${d.message}${d.fix ? ` — ${d.fix}` : ''}${followers ? ` (${followers})` : ''}`;
}

/** "3 more problems in lessons that use this article follow from it …", or null. */
export function describeFollowers(d: Diagnostic): string | null {
  if (!d.followers) return null;
  const { count, what } = d.followers;
  const one = count === 1;
  return `${count} more problem${one ? '' : 's'} in lessons that use this ${what} follow${one ? 's' : ''} from it; ${one ? 'it is' : 'they are'} checked again once it loads`;
}

/**
 * Each mistake once, root cause first: a problem that only follows from another is left out of
 * the list and counted under its cause, which keeps its place. The order is otherwise kept.
 */
export function listOnce(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const followers = new Map<Diagnostic, { count: number; what: FollowsFrom['what'] }>();
  for (const d of diagnostics) {
    if (!d.followsFrom) continue;
    const counted = followers.get(d.followsFrom.cause);
    if (counted) counted.count += 1;
    else followers.set(d.followsFrom.cause, { count: 1, what: d.followsFrom.what });
  }
  return diagnostics
    .filter((d) => !d.followsFrom)
    .map((d) => {
      const counted = followers.get(d);
      return counted ? { ...d, followers: counted } : d;
    });
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** A file with nothing in it: one message, instead of one for everything it lacks. */
export function emptyFile(file: string, fix: string): Diagnostic {
  return { file, line: 0, column: 0, severity: 'error', message: 'the file is empty', fix };
}
