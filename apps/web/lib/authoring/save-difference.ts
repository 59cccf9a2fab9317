/**
 * Save and Remove on the Compare versions page. The page sends a difference the kit found (its
 * spans in each version) with the kind and explanation the teacher chose; here the spans become
 * the quotes `differences.yaml` holds (exact, with the paragraph, and an occurrence when the words
 * repeat there: the core's selectorForSpan), the difference is written in place (only its changed
 * lines), and the save is checked like `npm run check` before anything is written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  putDifference,
  removeDifference,
  selectorForSpan,
  type Article,
  type Span,
  type Story,
} from '@sayswho/core';
import { DIFFERENCE_KINDS, vocabularyIds } from '@sayswho/core/vocabulary';
import { scaffoldDifferencesYaml } from '@sayswho/lessons/add-article';
import { z } from 'zod';
import { writeChecked, type Checked, type KitDirs } from './checked-write';

const span = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(1) })
  .refine((s) => s.end > s.start, 'the words are empty');
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters, digits and dashes');

const KINDS = vocabularyIds(DIFFERENCE_KINDS);

// One object rather than a union of Save and Remove, so that a wrong field is named in the 400.
export const differenceRequest = z
  .object({
    story: z.string().max(120),
    /** The id of a difference already in differences.yaml; absent for one the kit found. */
    replacing: z.string().max(120).optional(),
    difference: z
      .object({
        id,
        kind: z.enum(KINDS, { error: `choose one of ${KINDS.join(', ')}` }),
        from: span.nullable(),
        to: span.nullable(),
        explanation: z.string().trim().min(1, 'write what students should notice').max(2000),
      })
      .refine((d) => d.from || d.to, 'a difference needs words in one version at least')
      .optional(),
    remove: z.string().max(120).optional(),
  })
  .refine((r) => !r.difference !== !r.remove, 'send a difference to save, or the id to remove');
export type DifferenceRequest = z.infer<typeof differenceRequest>;

/**
 * The fields this page writes for a difference the kit found. One already written keeps its
 * quotes as the teacher wrote them (the page cannot change the words), and its teacherNote and
 * borderline in every case.
 */
const FOUND = ['kind', 'from', 'to', 'explanation'];
const WRITTEN = ['kind', 'explanation'];

export function saveDifference(
  dirs: KitDirs,
  stories: readonly Story[],
  articles: readonly Article[],
  request: DifferenceRequest,
): Checked<{ readonly id: string | null }> {
  const story = stories.find((s) => s.id === request.story);
  const [from, to] = (story?.articleIds ?? []).map((a) => articles.find((b) => b.id === a));
  if (!story || !from || !to)
    return {
      ok: false,
      problems: [`There is no story "${request.story}" with two versions to compare.`],
    };
  const { difference, replacing, remove } = request;
  const taken = (theId: string) =>
    story.comparison?.differences.some((d) => d.id === theId && d.location !== null);
  if (difference && !replacing && taken(difference.id))
    return {
      ok: false,
      problems: [
        `differences.yaml already has a difference "${difference.id}": choose another id.`,
      ],
    };
  let edit = (source: string) => removeDifference(source, remove ?? '');
  if (difference) {
    const quote = (article: Article, s: Span | null) =>
      s ? selectorForSpan(article.text, article.blocks, s) : undefined;
    try {
      const fields = {
        id: difference.id,
        kind: difference.kind,
        ...(!replacing && { from: quote(from, difference.from), to: quote(to, difference.to) }),
        explanation: difference.explanation,
      };
      edit = (source) => putDifference(source, fields, replacing ? WRITTEN : FOUND, replacing);
    } catch (caught) {
      // The words do not make a quote the file can hold (selectorForSpan says why).
      return { ok: false, problems: [(caught as Error).message] };
    }
  }
  return writeChecked(dirs, (corpusDir) => {
    const file = path.join(corpusDir, story.id, 'differences.yaml');
    // A story given its second version by hand may have none yet: start from the usual template.
    const source = existsSync(file)
      ? readFileSync(file, 'utf8')
      : scaffoldDifferencesYaml(from.id, to.id);
    writeFileSync(file, edit(source));
    return { id: difference?.id ?? null };
  });
}
