/** Classify exercises: put items (e.g. the sources of an article) into categories, credit per item. */
import type { Article } from '../corpus/types';
import type { SourceType } from '../vocabulary';
import type { Validation } from './score-spot';

export interface ClassifyKey {
  readonly categories: readonly { readonly id: string; readonly label: string }[];
  readonly items: readonly {
    readonly id: string;
    readonly text: string;
    readonly category: string;
    readonly explanation: string;
  }[];
}

export interface ClassifyResult {
  /** Share of items placed in the right category. */
  readonly score: number;
  readonly items: readonly {
    readonly id: string;
    readonly placed: string | null;
    readonly category: string;
    readonly correct: boolean;
    readonly feedback: string;
  }[];
  readonly summary: string;
}

/** The sources quoted in an article (or a paragraph range), to sort into the vocabulary's source types. */
export function buildSourceClassifyKey(
  article: Article,
  opts: { readonly paragraphs?: readonly [number, number]; readonly sourceTypes?: readonly SourceType[] },
): ClassifyKey {
  void article;
  void opts;
  throw new Error('buildSourceClassifyKey: not yet');
}

export function validateClassifyKey(key: ClassifyKey): string | null {
  void key;
  throw new Error('validateClassifyKey: not yet');
}

/** A real attempt places at least one item. */
export function validateClassify(key: ClassifyKey, placed: Readonly<Record<string, string>>): Validation {
  void key;
  void placed;
  throw new Error('validateClassify: not yet');
}

export function scoreClassify(key: ClassifyKey, placed: Readonly<Record<string, string>>): ClassifyResult {
  void key;
  void placed;
  throw new Error('scoreClassify: not yet');
}
