/**
 * Rewrite exercises: rewrite a loaded sentence neutrally. Software can tell that loaded words are
 * gone, not that the new sentence is fair and still true, so the best verdict is "for your
 * teacher to review" — never "correct", and never "wrong" for something it cannot judge.
 */
import type { Article, LoadedWordingAnnotation, Span } from '../corpus/types';
import { listOf } from './english';
import { sentenceAt } from './sentences';
import { overlaps } from './spans';
import { tokenize } from './words';

export interface LoadedWords {
  readonly id: string;
  readonly text: string;
  readonly alternatives: readonly string[];
  readonly explanation: string;
}

export interface RewriteKey {
  readonly original: string;
  /** The loaded words in `original` a neutral rewrite should not keep (borderline ones left out). */
  readonly loaded: readonly LoadedWords[];
}

export type RewriteVerdict = 'empty' | 'unchanged' | 'loaded-words-remain' | 'for-teacher-review';

export interface RewriteResult {
  readonly verdict: RewriteVerdict;
  /** Loaded words still in the rewrite, with the corpus's plainer alternatives. */
  readonly remaining: readonly LoadedWords[];
  /** One message for the student. */
  readonly feedback: string;
  /** The corpus's plainer alternatives for every loaded word, to show once the student has tried. */
  readonly suggestions: readonly { readonly text: string; readonly alternatives: readonly string[] }[];
}

/**
 * The text to rewrite: either the sentences that hold the given loaded-wording annotations, or
 * exactly the given span; the key lists every loaded-wording annotation inside it.
 */
export function buildRewriteKey(
  article: Article,
  target: { readonly annotationIds: readonly string[] } | { readonly span: Span },
): RewriteKey {
  const loaded = article.annotations.filter((a): a is LoadedWordingAnnotation => a.kind === 'loaded-wording');
  let span: Span;
  if ('span' in target) {
    span = target.span;
  } else {
    const chosen = target.annotationIds.map((id) => {
      const found = loaded.find((a) => a.id === id);
      if (!found) {
        throw new Error(
          `Article ${article.id} has no loaded-wording annotation “${id}”. Its loaded-wording ids are: ` +
            `${loaded.map((a) => a.id).join(', ') || 'none'}.`,
        );
      }
      return sentenceAt(article.text, article.blocks, found.span.start) ?? found.span;
    });
    if (chosen.length === 0) throw new Error('A Rewrite exercise needs at least one loaded-wording annotation id.');
    span = { start: Math.min(...chosen.map((s) => s.start)), end: Math.max(...chosen.map((s) => s.end)) };
  }
  return {
    original: article.text.slice(span.start, span.end).trim(),
    loaded: loaded
      .filter((a) => !a.borderline && overlaps(a.span, span))
      .map((a) => ({
        id: a.id,
        text: article.text.slice(a.span.start, a.span.end),
        alternatives: a.alternatives,
        explanation: a.explanation,
      })),
  };
}

export function checkRewrite(key: RewriteKey, rewrite: string): RewriteResult {
  const suggestions = key.loaded.map((l) => ({ text: l.text, alternatives: l.alternatives }));
  const words = wordsOf(rewrite);
  if (words.length === 0) {
    return { verdict: 'empty', remaining: [], suggestions: [], feedback: 'Write your version of the sentence first.' };
  }
  const remaining = key.loaded.filter((l) => containsRun(words, wordsOf(l.text)));
  if (words.join(' ') === wordsOf(key.original).join(' ')) {
    return {
      verdict: 'unchanged',
      remaining,
      suggestions: [],
      feedback: 'Your sentence is the same as the original. Replace the words that carry feeling or judgement.',
    };
  }
  if (remaining.length > 0) {
    const quoted = remaining.map((l) => `“${l.text}”`);
    return {
      verdict: 'loaded-words-remain',
      remaining,
      suggestions,
      feedback:
        `${listOf(quoted)} ${remaining.length === 1 ? 'is' : 'are'} still there. ` +
        remaining.map((l) => l.explanation).join(' '),
    };
  }
  return {
    verdict: 'for-teacher-review',
    remaining: [],
    suggestions,
    feedback:
      'The loaded words are gone. Whether your sentence still reports the same facts, fairly, is for ' +
      'your teacher to review. Compare it with the plainer words the corpus suggests.',
  };
}

/** Words for comparison: case, quote style and dash style do not matter. */
function wordsOf(text: string): string[] {
  return tokenize(text).map((t) =>
    t.text
      .toLowerCase()
      .replace(/[‘’‛′]/gu, "'")
      .replace(/[\u2010-\u2015]/gu, '-'),
  );
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  if (run.length === 0) return false;
  return words.some((_, i) => run.every((w, j) => words[i + j] === w));
}
