/**
 * The resolved corpus: what the loader hands the app, the lessons and the quiz logic once every
 * quote in the annotation files has been anchored to character offsets.
 *
 * Offsets are UTF-16 code units into `Article.text` (JavaScript string indices), start included,
 * end excluded. The W3C export converts them to code points.
 *
 * Browser-safe: types only.
 */
import type { Diagnostic, FollowsFrom } from '../diagnostics';
import type { AnnotationKind, ClaimStatus, DifferenceKind, SourceType } from '../vocabulary';

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Where something was written, for error messages and teacher tooling. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export type BlockRole =
  'headline' | 'summary-heading' | 'summary-item' | 'paragraph' | 'boilerplate';

/**
 * A block is one non-blank line of the article text (both seed formats put one paragraph on a
 * line). Paragraph numbers count body paragraphs and page boilerplate from 1, in reading order;
 * the headline and the summary box have no number, so lessons address them by role.
 */
export interface Block extends Span {
  readonly index: number;
  readonly role: BlockRole;
  readonly paragraph: number | null;
}

export interface ArticleMeta {
  readonly id: string;
  readonly storyId: string;
  readonly outlet: string;
  readonly wire: string | null;
  /** ISO date, YYYY-MM-DD. */
  readonly published: string;
  readonly headline: string | null;
  /** Null when the page names nobody (`byline: none`). */
  readonly byline: string | null;
  readonly dateline: string | null;
  /** The credit line shown to students wherever the article appears. */
  readonly credit: string;
  readonly url: string | null;
}

export interface Distractor {
  readonly span: Span;
  /** Why this tempting selection is not an instance. */
  readonly note: string;
}

interface AnnotationBase {
  readonly id: string;
  readonly articleId: string;
  readonly kind: AnnotationKind;
  /** The span a student must cover to find this item. */
  readonly span: Span;
  /** An outer extent a student may also select without penalty; contains `span`. */
  readonly extent: Span;
  /** Written for a 14–17-year-old. */
  readonly explanation: string;
  readonly teacherNote: string | null;
  readonly distractors: readonly Distractor[];
  /** Borderline items are never required of a student and never penalised. */
  readonly borderline: boolean;
  readonly location: SourceLocation;
}

export interface AttributionAnnotation extends AnnotationBase {
  readonly kind: 'attribution';
  readonly sourceType: SourceType;
  /** Absent for unattributed statements (and may be for vague ones). */
  readonly source: Span | null;
  readonly cue: Span | null;
  readonly content: Span;
  /** Who a pronoun source (“he”) refers to, in the text's words ("Lloyd Austin"); null otherwise. */
  readonly refersTo: string | null;
}

export interface ClaimAnnotation extends AnnotationBase {
  readonly kind: 'unverified-claim';
  /** The first of `statuses`: the reason a student is most likely to see. */
  readonly status: ClaimStatus;
  /** Every reason the claim is unverified, as written (`status: [anonymous-source, one-side]`). */
  readonly statuses: readonly ClaimStatus[];
  /** Whose word the claim rests on, in plain words ("Andrii Kovalenko, a Ukrainian official"). */
  readonly restsOn: string;
  /** The attribution relation the claim comes from, when there is one. */
  readonly attributionId: string | null;
}

export interface LoadedWordingAnnotation extends AnnotationBase {
  readonly kind: 'loaded-wording';
  readonly alternatives: readonly string[];
}

export interface StructureAnnotation extends AnnotationBase {
  readonly kind: 'headline' | 'byline' | 'dateline' | 'summary' | 'boilerplate' | 'disclaimer';
}

export type Annotation =
  AttributionAnnotation | ClaimAnnotation | LoadedWordingAnnotation | StructureAnnotation;

export interface Article extends ArticleMeta {
  readonly text: string;
  readonly blocks: readonly Block[];
  readonly annotations: readonly Annotation[];
}

/** One curated or computed difference between two versions of a story. */
export interface VersionDifference {
  readonly id: string;
  readonly kind: DifferenceKind;
  /** Span in the first (`from`) article, absent for additions. */
  readonly from: Span | null;
  /** Span in the second (`to`) article, absent for removals. */
  readonly to: Span | null;
  readonly explanation: string;
  readonly teacherNote: string | null;
  readonly borderline: boolean;
  readonly location: SourceLocation | null;
}

/** One token of a word-level diff of two aligned blocks. */
export interface DiffPart {
  readonly op: 'same' | 'added' | 'removed';
  readonly text: string;
  /** Offsets into the article the text comes from (`to` for added, `from` otherwise). */
  readonly span: Span;
}

/** Two blocks that tell the same part of the story; either may be null (kept by one outlet only). */
export interface AlignedBlocks {
  readonly from: Block | null;
  readonly to: Block | null;
  readonly parts: readonly DiffPart[];
}

export interface StoryComparison {
  readonly fromArticleId: string;
  readonly toArticleId: string;
  readonly alignment: readonly AlignedBlocks[];
  readonly differences: readonly VersionDifference[];
}

export interface Story {
  readonly id: string;
  readonly title: string;
  readonly wire: string | null;
  readonly published: string;
  readonly articleIds: readonly string[];
  readonly comparison: StoryComparison | null;
}

/**
 * Something a teacher wrote that the loader had to leave out because of a mistake: an article whose
 * file cannot be read, an annotation with a quote that is not in the text. A lesson that uses it
 * is then not told "no such article": its problem follows from this one, listed once (`listOnce`).
 */
export interface LeftOut {
  readonly what: FollowsFrom['what'];
  readonly id: string;
  /** The article an annotation belongs to, the story an article or a difference belongs to. */
  readonly in: string | null;
  readonly cause: Diagnostic;
}

export interface Corpus {
  readonly stories: readonly Story[];
  readonly articles: readonly Article[];
  /** What the loader left out, and why; absent or empty when everything loaded. */
  readonly leftOut?: readonly LeftOut[];
}
