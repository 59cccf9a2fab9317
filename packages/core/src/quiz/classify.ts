/** Classify exercises: put items (e.g. the sources of an article) into categories, credit per item. */
import type { Article } from '../corpus/types';
import { SOURCE_TYPES, vocabularyIds, type SourceType } from '../vocabulary';
import type { Validation } from './score-spot';
import { contains } from './spans';
import { passageSpan } from './spot-key';
import { shortQuote } from './quotes';

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

/** A source as a student sees it: a pronoun with the name it stands for, “he (Andrii Kovalenko)”. */
export function sourceLabel(source: string, refersTo: string | null): string {
  return refersTo ? `${source} (${refersTo})` : source;
}

/**
 * The sources named in an article (or a paragraph range), to sort into the vocabulary's source
 * types. A source quoted twice in the same words is one item (“he” standing for two people is
 * two: each shows whom it refers to); unattributed statements have no source to sort. Categories: `sourceTypes` if given, else every type but “unattributed”.
 */
export function buildSourceClassifyKey(
  article: Article,
  opts: { readonly paragraphs?: readonly [number, number]; readonly sourceTypes?: readonly SourceType[] },
): ClassifyKey {
  const types = opts.sourceTypes ?? vocabularyIds(SOURCE_TYPES).filter((t) => t !== 'unattributed');
  const whole = !opts.paragraphs;
  const passage = passageSpan(article, { paragraphs: opts.paragraphs, includeHeadline: whole, includeSummary: whole });
  const items: ClassifyKey['items'][number][] = [];
  for (const a of article.annotations) {
    if (a.kind !== 'attribution' || !a.source || a.borderline || !types.includes(a.sourceType) || !contains(passage, a.source)) continue;
    const text = sourceLabel(shortQuote(article.text, a.source), a.refersTo);
    if (items.some((i) => i.text.toLowerCase() === text.toLowerCase() && i.category === a.sourceType)) continue;
    items.push({ id: a.id, text, category: a.sourceType, explanation: a.explanation });
  }
  return { categories: types.map((id) => ({ id, label: SOURCE_TYPES[id].label })), items };
}

export function validateClassifyKey(key: ClassifyKey): string | null {
  if (key.items.length === 0) return 'This Classify exercise has no items to sort; widen the paragraph range or the categories.';
  if (key.categories.length < 2) return 'A Classify exercise needs at least two categories to choose from.';
  const unknown = key.items.find((i) => !key.categories.some((c) => c.id === i.category));
  if (unknown) return `Item “${unknown.text}” belongs to category “${unknown.category}”, which is not offered.`;
  return null;
}

/** A real attempt places at least one item in a known category. */
export function validateClassify(key: ClassifyKey, placed: Readonly<Record<string, string>>): Validation {
  const any = key.items.some((i) => key.categories.some((c) => c.id === placed[i.id]));
  return any ? { ok: true } : { ok: false, reason: 'Put at least one item into a category before you check.' };
}

export function scoreClassify(key: ClassifyKey, placed: Readonly<Record<string, string>>): ClassifyResult {
  const label = (id: string) => key.categories.find((c) => c.id === id)?.label ?? id;
  const items = key.items.map((item) => {
    const where = placed[item.id] ?? null;
    const correct = where === item.category;
    const feedback = correct
      ? `Right: “${item.text}” is ${label(item.category)}. ${item.explanation}`
      : where === null
        ? `You did not place “${item.text}” yet.`
        : `“${item.text}” is not ${label(where)}. Think again about who exactly is speaking.`;
    return { id: item.id, placed: where, category: item.category, correct, feedback };
  });
  const right = items.filter((i) => i.correct).length;
  const score = key.items.length === 0 ? 0 : right / key.items.length;
  return { score, items, summary: `${right} of ${key.items.length} placed correctly.` };
}
