/**
 * Spot keys: which spans of a passage a student must find, built from the corpus annotations
 * (never retyped in a lesson), and the check that a key can be scored fairly at all.
 */
import type { Annotation, Article, AttributionAnnotation, Distractor, Span } from '../corpus/types';
import {
  ANNOTATION_KINDS,
  CLAIM_STATUSES,
  LAYER_KINDS,
  SOURCE_TYPES,
  type AnnotationKind,
  type AttributionRole,
  type ClaimStatus,
  type Layer,
  type SourceType,
} from '../vocabulary';
import { sentenceAt } from './sentences';
import { blockAt, contains, hull, overlaps, sameSpan } from './spans';
import { listOf, withArticle } from './english';
import { firstWords, shortQuote } from './quotes';
import { tokenize } from './words';

/** Which annotations of an article a Spot exercise asks for. */
export interface SpotTarget {
  /** Annotation kinds to find; defaults to the kinds of `layer`. */
  readonly kinds?: readonly AnnotationKind[];
  readonly layer?: Layer;
  /** For attributions: find only this part of each relation, or the whole relation (default). */
  readonly role?: AttributionRole | 'relation';
  readonly sourceTypes?: readonly SourceType[];
  readonly statuses?: readonly ClaimStatus[];
  /** First and last paragraph number of the passage, inclusive; default every paragraph. */
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
  /** The corpus explanation, written for a student. It may give the answer away. */
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

/**
 * Below this share of passage words outside every answer and allowed extent, selecting the whole
 * passage is nearly a perfect answer and one stray word would cost a large part of the score.
 */
export const MIN_NON_ANSWER_SHARE = 0.2;

/**
 * The text a Spot exercise shows: from the first to the last chosen block, where the chosen
 * blocks are the paragraph range (default all body paragraphs) plus, if asked, the headline and
 * summary box. One span, so a headline plus paragraphs 3–5 includes paragraphs 1–2 as well.
 */
export function passageSpan(
  article: Article,
  target: Pick<SpotTarget, 'paragraphs' | 'includeHeadline' | 'includeSummary'>,
): Span {
  const [first, last] = target.paragraphs ?? [1, Number.POSITIVE_INFINITY];
  const chosen = article.blocks.filter((b) =>
    b.role === 'headline'
      ? target.includeHeadline
      : b.role === 'summary-heading' || b.role === 'summary-item'
        ? target.includeSummary
        : target.paragraphs
          ? b.paragraph !== null && b.paragraph >= first && b.paragraph <= last
          : b.role === 'paragraph',
  );
  const start = chosen[0];
  const end = chosen[chosen.length - 1];
  if (!start || !end) {
    const count = article.blocks.filter((b) => b.paragraph !== null).length;
    throw new Error(
      `Article ${article.id} has no paragraphs ${first}–${last} (it has paragraphs 1–${count}); ` +
        'choose a paragraph range inside the article.',
    );
  }
  return { start: start.start, end: end.end };
}

/**
 * The answer key of a Spot exercise, from the article's annotations. Items only partly inside
 * the passage become borderline (a student cannot be asked for words they cannot see);
 * annotations of the target kinds left out by `sourceTypes` or `statuses` become distractors
 * whose note says why they do not count here.
 */
export function buildSpotKey(article: Article, target: SpotTarget): SpotKey {
  // A disclaimer is drawn on the claims layer, beside the claims it warns about, but it is not a
  // claim: a Spot on that layer offers it as a tempting wrong answer; `kinds` can ask for it.
  const kinds =
    target.kinds ??
    (target.layer ? LAYER_KINDS[target.layer].filter((k) => k !== 'disclaimer') : undefined);
  if (!kinds || kinds.length === 0) {
    throw new Error('A Spot exercise needs `kinds` or `layer` to say what the student should find.');
  }
  const role = target.role ?? 'relation';
  const passage = passageSpan(article, target);
  const noun = nounFor(kinds, role);
  const gold: GoldItem[] = [];
  const distractors: Distractor[] = [];

  for (const annotation of article.annotations) {
    if (
      annotation.kind === 'disclaimer' &&
      !kinds.includes('disclaimer') &&
      kinds.includes('unverified-claim') &&
      overlaps(annotation.span, passage)
    ) {
      distractors.push({ span: annotation.span, note: DISCLAIMER_NOTE });
      continue;
    }
    if (!kinds.includes(annotation.kind) || !overlaps(annotation.extent, passage)) continue;
    distractors.push(...annotation.distractors.filter((d) => overlaps(d.span, passage)));
    const parts = targetParts(annotation, role);
    if (!parts) continue;
    const excluded = exclusionReason(annotation, target);
    if (excluded) {
      distractors.push({ span: parts.span, note: excluded });
      continue;
    }
    const inside = contains(passage, parts.span);
    gold.push({
      id: annotation.id,
      span: parts.span,
      extent: parts.extent,
      label: shortQuote(article.text, parts.span),
      explanation: annotation.explanation,
      borderline: annotation.borderline || !inside,
      hints: itemHints(article, annotation, parts.span, noun.one),
      paragraph: blockAt(article.blocks, parts.span.start)?.paragraph ?? null,
    });
    distractors.push(...roleDistractors(annotation, role).filter((d) => overlaps(d.span, passage)));
  }
  return { articleId: article.id, passage, noun, gold: mergeSameSpan(gold), distractors };
}

/**
 * Null when the key can be scored fairly; otherwise what is wrong with the exercise, for the
 * lesson checker: nothing to find, an answer with no words, or answers covering nearly the
 * whole passage (then selecting everything would look like a good answer).
 */
export function validateSpotKey(key: SpotKey, text: string): string | null {
  const words = tokenize(text, key.passage);
  if (words.length === 0) return 'The passage of this Spot exercise has no words.';
  const required = key.gold.filter((g) => !g.borderline);
  if (required.length === 0) {
    return (
      `This Spot exercise has nothing to find: there are no ${key.noun.many} in the passage ` +
      '(borderline ones do not count). Widen the paragraph range or change what to find.'
    );
  }
  const wordless = required.find((g) => tokenize(text, g.span).length === 0);
  if (wordless) return `The answer ${wordless.id} holds no whole word, so a student cannot select it.`;
  const allowed = words.filter((w) => key.gold.some((g) => overlaps(w, g.extent) || overlaps(w, g.span)));
  const share = 1 - allowed.length / words.length;
  if (share < MIN_NON_ANSWER_SHARE) {
    return (
      `The ${key.noun.many} of this Spot exercise, with the words allowed around them, cover ` +
      `${Math.round((1 - share) * 100)}% of the passage, so selecting everything would look like a good ` +
      `answer. Widen the passage or narrow what to find so that at least ${MIN_NON_ANSWER_SHARE * 100}% of ` +
      'its words are not part of any answer.'
    );
  }
  return null;
}

/**
 * The required span and allowed extent of the part of an annotation a student must find.
 * For a cue or a source, the words of the relation up to its content are allowed (“Austin said”,
 * “the U.S. Defense secretary said Wednesday”); for a content, the cue beside it is allowed.
 */
function targetParts(annotation: Annotation, role: AttributionRole | 'relation'): { span: Span; extent: Span } | null {
  if (annotation.kind !== 'attribution' || role === 'relation') {
    return { span: annotation.span, extent: hull(annotation.extent, annotation.span) };
  }
  const part = annotation[role];
  if (!part) return null;
  if (role === 'content') {
    return { span: part, extent: annotation.cue ? hull(part, annotation.cue) : part };
  }
  return { span: part, extent: hull(part, sayingExtent(annotation)) };
}

function sayingExtent(a: AttributionAnnotation): Span {
  const saying = hull(...[a.source, a.cue].filter((s): s is Span => s !== null));
  if (a.content.start >= saying.end) return { start: Math.min(a.extent.start, saying.start), end: a.content.start };
  if (a.content.end <= saying.start) return { start: a.content.end, end: Math.max(a.extent.end, saying.end) };
  return saying;
}

const DISCLAIMER_NOTE =
  'This sentence is not a claim: it is the reporters’ warning that they could not check the claims (a disclaimer). It is what tells you they are unverified.';

function exclusionReason(annotation: Annotation, target: SpotTarget): string | null {
  if (annotation.kind === 'attribution' && target.sourceTypes && !target.sourceTypes.includes(annotation.sourceType)) {
    return `Its source type is “${SOURCE_TYPES[annotation.sourceType].label}”, not ${labels(target.sourceTypes, SOURCE_TYPES)}.`;
  }
  if (annotation.kind === 'unverified-claim' && target.statuses && !annotation.statuses.some((s) => target.statuses!.includes(s))) {
    return `It is unverified for another reason (${annotation.statuses.map((s) => `“${CLAIM_STATUSES[s].label}”`).join(' and ')}), not ${labels(target.statuses, CLAIM_STATUSES)}.`;
  }
  return null;
}

/**
 * The other parts of a relation are tempting wrong answers when a student looks for one part.
 * Their notes say what the selected words are, never which words the answer is: that would hand
 * a student who picked the content the cue they missed.
 */
function roleDistractors(annotation: Annotation, role: AttributionRole | 'relation'): Distractor[] {
  if (annotation.kind !== 'attribution' || role === 'relation') return [];
  if (role === 'content') {
    return annotation.source
      ? [{ span: annotation.source, note: 'That is who says it (the source). The content is what they are credited with saying.' }]
      : [];
  }
  const part = role === 'cue' ? 'the word or words that signal that someone is speaking' : 'who the words come from';
  return [{ span: annotation.content, note: `That is what is being attributed (the content), not the ${role}: the ${role} is ${part}.` }];
}

function nounFor(kinds: readonly AnnotationKind[], role: AttributionRole | 'relation'): SpotKey['noun'] {
  if (kinds.length > 1) return { one: 'answer', many: 'answers' };
  switch (kinds[0]) {
    case 'attribution':
      return role === 'relation'
        ? { one: 'attribution', many: 'attributions' }
        : role === 'content'
          ? { one: 'attributed statement', many: 'attributed statements' }
          : { one: role, many: `${role}s` };
    case 'unverified-claim':
      return { one: 'unverified claim', many: 'unverified claims' };
    case 'loaded-wording':
      return { one: 'loaded word or phrase', many: 'loaded words or phrases' };
    case 'summary':
      return { one: 'summary box', many: 'summary boxes' };
    default: {
      const label = ANNOTATION_KINDS[kinds[0] ?? 'headline'].label.toLowerCase();
      return { one: label, many: `${label}s` };
    }
  }
}

function itemHints(article: Article, annotation: Annotation, span: Span, noun: string): string[] {
  const block = blockAt(article.blocks, span.start);
  const where =
    block?.paragraph != null
      ? `paragraph ${block.paragraph}`
      : block?.role === 'headline'
        ? 'the headline'
        : 'the summary box';
  const hints = [`There is ${withArticle(noun)} in ${where}.`];
  const sentence = sentenceAt(article.text, article.blocks, span.start);
  if (sentence && !(sentence.start === block?.start && sentence.end === block.end)) {
    hints.push(`Look in the sentence that begins “${firstWords(article.text, sentence, 4)} …”.`);
  }
  const quote = (s: Span) => `“${shortQuote(article.text, s)}”`;
  if (annotation.kind === 'attribution') {
    if (annotation.cue && !sameSpan(annotation.cue, span)) hints.push(`The cue word is ${quote(annotation.cue)}.`);
    else if (annotation.source) hints.push(`Look for the word that signals speech next to ${quote(annotation.source)}.`);
  } else if (annotation.kind === 'unverified-claim') {
    hints.push(`It rests on the word of ${annotation.restsOn}.`);
  } else if (annotation.kind === 'loaded-wording' && annotation.alternatives[0]) {
    hints.push(`A plainer word for it would be “${annotation.alternatives[0]}”.`);
  }
  return hints;
}

/** Two relations can share a cue or a source (“Austin said X and Y”): one item, both allowed extents. */
function mergeSameSpan(items: GoldItem[]): GoldItem[] {
  const merged: GoldItem[] = [];
  for (const item of items) {
    const index = merged.findIndex((m) => sameSpan(m.span, item.span));
    const twin = merged[index];
    if (!twin) {
      merged.push(item);
      continue;
    }
    merged[index] = {
      ...twin,
      extent: hull(twin.extent, item.extent),
      borderline: twin.borderline && item.borderline,
      explanation: twin.explanation === item.explanation ? twin.explanation : `${twin.explanation} ${item.explanation}`,
    };
  }
  return merged.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

function labels<Id extends string>(ids: readonly Id[], vocab: Record<Id, { label: string }>): string {
  const names = ids.map((id) => `“${vocab[id].label}”`);
  return listOf(names, 'or');
}
