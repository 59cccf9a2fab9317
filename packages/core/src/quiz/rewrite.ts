/**
 * Rewrite exercises: rewrite a loaded sentence neutrally. Software can tell that loaded words are
 * gone, not that the new sentence is fair and still true, so the best verdict is "for your
 * teacher to review" — never "correct", and never "wrong" for something it cannot judge.
 */
import type { Article, Span } from '../corpus/types';

export interface RewriteKey {
  readonly original: string;
  readonly loaded: readonly {
    readonly id: string;
    readonly text: string;
    readonly alternatives: readonly string[];
    readonly explanation: string;
  }[];
}

export type RewriteVerdict = 'empty' | 'unchanged' | 'loaded-words-remain' | 'for-teacher-review';

export interface RewriteResult {
  readonly verdict: RewriteVerdict;
  /** Loaded words still in the rewrite, with the corpus's plainer alternatives. */
  readonly remaining: RewriteKey['loaded'];
  /** One message for the student. */
  readonly feedback: string;
  /** The corpus's suggestions, shown once the student has tried. */
  readonly suggestions: readonly { readonly text: string; readonly alternatives: readonly string[] }[];
}

/**
 * The sentence(s) to rewrite: either the sentences that hold the given loaded-wording annotations,
 * or exactly the given span; the key lists every loaded-wording annotation inside.
 */
export function buildRewriteKey(
  article: Article,
  target: { readonly annotationIds: readonly string[] } | { readonly span: Span },
): RewriteKey {
  void article;
  void target;
  throw new Error('buildRewriteKey: not yet');
}

export function checkRewrite(key: RewriteKey, rewrite: string): RewriteResult {
  void key;
  void rewrite;
  throw new Error('checkRewrite: not yet');
}
