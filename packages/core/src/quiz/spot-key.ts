/**
 * Spot keys: which spans of a passage a student must find, built from the corpus annotations
 * (never retyped in a lesson), and the check that a key can be scored fairly at all.
 */
import type { Article, Distractor, Span } from '../corpus/types';
import type { AnnotationKind, AttributionRole, ClaimStatus, Layer, SourceType } from '../vocabulary';

/** Which annotations of an article a Spot exercise asks for. */
export interface SpotTarget {
  /** Annotation kinds to find; defaults to the kinds of `layer`. */
  readonly kinds?: readonly AnnotationKind[];
  readonly layer?: Layer;
  /** For attributions: find only this part of each relation, or the whole relation. */
  readonly role?: AttributionRole | 'relation';
  readonly sourceTypes?: readonly SourceType[];
  readonly statuses?: readonly ClaimStatus[];
  /** First and last paragraph number of the passage, inclusive. */
  readonly paragraphs?: readonly [number, number];
  readonly includeHeadline?: boolean;
  readonly includeSummary?: boolean;
}

/** One answer a student should find. */
export interface GoldItem {
  /** The annotation (or version difference) id. */
  readonly id: string;
  /** The words that must be selected to find it. */
  readonly span: Span;
  /** The words that may be selected with it without penalty; contains `span`. */
  readonly extent: Span;
  /** The item's words as a short quote, for feedback and teacher views. */
  readonly label: string;
  /** The corpus explanation, written for a student. */
  readonly explanation: string;
  /** Never required, never penalised. */
  readonly borderline: boolean;
  /** Hints for this item, from vague to specific. */
  readonly hints: readonly string[];
  /** The paragraph number it starts in; null in the headline or summary box. */
  readonly paragraph: number | null;
}

export interface SpotKey {
  readonly articleId: string;
  readonly passage: Span;
  /** What the student is looking for, singular and plural (“cue”, “cues”), for feedback. */
  readonly noun: { readonly one: string; readonly many: string };
  readonly gold: readonly GoldItem[];
  readonly distractors: readonly Distractor[];
}

/** The text a Spot exercise shows: a paragraph range, optionally with the headline and summary box. */
export function passageSpan(
  article: Article,
  target: Pick<SpotTarget, 'paragraphs' | 'includeHeadline' | 'includeSummary'>,
): Span {
  void article;
  void target;
  throw new Error('passageSpan: not yet');
}

/** The answer key of a Spot exercise, from the article's annotations. */
export function buildSpotKey(article: Article, target: SpotTarget): SpotKey {
  void article;
  void target;
  throw new Error('buildSpotKey: not yet');
}

/**
 * Null when the key can be scored fairly; otherwise what is wrong with the exercise, for the
 * lesson checker (e.g. nothing to find, or the answers cover nearly the whole passage).
 */
export function validateSpotKey(key: SpotKey, text: string): string | null {
  void key;
  void text;
  throw new Error('validateSpotKey: not yet');
}
