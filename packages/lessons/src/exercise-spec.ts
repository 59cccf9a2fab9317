/**
 * What the lesson checker hands the app for each exercise, split in two:
 *
 * - the PUBLIC part is everything the student page may contain (prompt, passage, option texts,
 *   categories, items, the sentence to rewrite, authored hints, the attempt policy);
 * - the KEY part is everything that would give the answer away (answers, per-option feedback,
 *   the quiz key with its automatic hints, the `<Explanation>`). It is served only as a static
 *   JSON file at `public.keyUrl` (`/keys/<lesson>/<exercise>.json`), fetched once the student
 *   answers (or on a Check or automatic hint before that), and shown whole in the teacher view.
 *
 * Everything here is plain serialisable data (it crosses to client components and into JSON).
 * Offsets are UTF-16 indices into `PassageView.text`, the same as the corpus and the quiz keys.
 * HTML strings are rendered by the checker from the lesson's Markdown only (MDX lessons cannot
 * hold raw HTML or code), so the app may insert them as they are.
 *
 * Browser-safe: types only. Changes after the first commit are additive only.
 */
import type { Annotation, Block, Layer, Span } from '@sayswho/core';
import type {
  ChoiceKey,
  ClassifyKey,
  CompareKey,
  ExercisePolicy,
  RewriteKey,
  SpotKey,
} from '@sayswho/core/quiz';

export type ExerciseType = 'spot' | 'choice' | 'classify' | 'rewrite' | 'compare';

/** The lesson an exercise belongs to, for progress (a changed fingerprint invalidates progress). */
export interface LessonRef {
  readonly slug: string;
  readonly fingerprint: string;
}

/** The text of (part of) an article as an exercise or an `<Article>` shows it. */
export interface PassageView {
  readonly articleId: string;
  readonly outlet: string;
  /** The credit line to show with the text (outlet + AP). */
  readonly credit: string;
  /**
   * The whole article text: every span (passage, blocks, key spans) is an offset into it, and the
   * quiz's `scoreSpot(text, key, selections)` takes this string.
   */
  readonly text: string;
  /** From the start of the first shown block to the end of the last. */
  readonly span: Span;
  /** The blocks to show, in reading order (headline and summary box only when asked for). */
  readonly blocks: readonly Block[];
}

interface ExercisePublicBase {
  readonly type: ExerciseType;
  /** Unique in its lesson; the `id` prop. */
  readonly id: string;
  readonly lesson: LessonRef;
  /** The exercise's prompt (its Markdown children), as HTML. May be empty. */
  readonly promptHtml: string;
  /** The authored `<Hint>` children, as HTML, in order; shown one at a time before the automatic ones. */
  readonly hintsHtml: readonly string[];
  /** Attempts, when "show answer" is offered, and whether automatic hints (from the key) are on. */
  readonly policy: ExercisePolicy;
  /** Where this exercise's `ExerciseKey` JSON is served, e.g. `/keys/who-says-so/find-cues.json`. */
  readonly keyUrl: string;
}

export interface SpotPublic extends ExercisePublicBase {
  readonly type: 'spot';
  readonly passage: PassageView;
  /** What the student is looking for (“cue”, “cues”), for the interface text. */
  readonly noun: { readonly one: string; readonly many: string };
}

export interface ChoicePublic extends ExercisePublicBase {
  readonly type: 'choice';
  readonly multiple: boolean;
  /** `id`s match the `ChoiceKey`'s options (`option-1`, `option-2`, … in lesson order). */
  readonly options: readonly { readonly id: string; readonly html: string }[];
}

/** A category or kind a student can pick, with the vocabulary's label and definition. */
export interface VocabularyChoice {
  readonly id: string;
  readonly label: string;
  readonly definition: string;
}

export interface ClassifyPublic extends ExercisePublicBase {
  readonly type: 'classify';
  /** The passage the items come from, for context. */
  readonly passage: PassageView;
  readonly categories: readonly VocabularyChoice[];
  /** The things to sort, in reading order; `id`s match the `ClassifyKey`'s items. */
  readonly items: readonly { readonly id: string; readonly text: string }[];
}

export interface RewritePublic extends ExercisePublicBase {
  readonly type: 'rewrite';
  readonly articleId: string;
  readonly credit: string;
  /** The sentence(s) to rewrite neutrally, as published. */
  readonly original: string;
}

/** One version difference whose kind the student names (Compare, mode "kind"). */
export interface DifferenceView {
  readonly id: string;
  /** The words in the first version (empty for an addition). */
  readonly fromText: string;
  /** The words in the second version (empty for a removal). */
  readonly toText: string;
  /** The first version's paragraph around it, for context; null for an addition. */
  readonly fromContext: string | null;
  readonly toContext: string | null;
}

export interface ComparePublic extends ExercisePublicBase {
  readonly type: 'compare';
  readonly storyId: string;
  readonly mode: 'spot' | 'kind';
  /** Both versions' passages (mode "spot": the student marks differences on both sides). */
  readonly from: PassageView;
  readonly to: PassageView;
  /** Mode "kind": the differences to name, in lesson order; empty in mode "spot". */
  readonly differences: readonly DifferenceView[];
  /** Mode "kind": the kinds offered (the vocabulary's DIFFERENCE_KINDS); empty in mode "spot". */
  readonly kinds: readonly VocabularyChoice[];
}

export type ExercisePublic =
  SpotPublic | ChoicePublic | ClassifyPublic | RewritePublic | ComparePublic;

interface ExerciseKeyBase {
  readonly type: ExerciseType;
  readonly id: string;
  /** The `<Explanation>` child as HTML, shown once the student has checked; null when absent. */
  readonly explanationHtml: string | null;
}

export interface SpotExerciseKey extends ExerciseKeyBase {
  readonly type: 'spot';
  /** Answers, allowed extents, distractor notes and automatic hints (`hintSteps(key)`). */
  readonly key: SpotKey;
}

export interface ChoiceExerciseKey extends ExerciseKeyBase {
  readonly type: 'choice';
  /** Which options are correct and the feedback of each. */
  readonly key: ChoiceKey;
}

export interface ClassifyExerciseKey extends ExerciseKeyBase {
  readonly type: 'classify';
  readonly key: ClassifyKey;
}

export interface RewriteExerciseKey extends ExerciseKeyBase {
  readonly type: 'rewrite';
  readonly key: RewriteKey;
}

export interface CompareExerciseKey extends ExerciseKeyBase {
  readonly type: 'compare';
  /** Mode "spot": one key. Mode "kind": one key per difference, in the order of `differences`. */
  readonly keys: readonly CompareKey[];
}

export type ExerciseKey =
  | SpotExerciseKey
  | ChoiceExerciseKey
  | ClassifyExerciseKey
  | RewriteExerciseKey
  | CompareExerciseKey;

export interface ExerciseSpec {
  readonly id: string;
  readonly type: ExerciseType;
  readonly public: ExercisePublic;
  readonly key: ExerciseKey;
}

/** What an `<Article>` or `<Passage>` shows: the text and, when asked, some layers drawn on it. */
export interface ArticleDisplay {
  readonly passage: PassageView;
  /** Whether the headline block is shown (the `headline` prop). */
  readonly headline: boolean;
  readonly layers: readonly Layer[];
  /** The annotations of those layers that touch the passage (reading aids the teacher chose to show). */
  readonly annotations: readonly Annotation[];
}
