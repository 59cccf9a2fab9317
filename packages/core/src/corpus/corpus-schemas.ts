/**
 * The shapes of the teacher-written files (story.yaml, <article>.yaml, differences.yaml) before
 * quotes are anchored. Kept strict so a misspelt field is reported instead of quietly ignored.
 */
import { z } from 'zod';
import { linkTarget } from '../url-policy';
import {
  ANNOTATION_KINDS,
  CLAIM_STATUSES,
  DIFFERENCE_KINDS,
  SOURCE_TYPES,
  vocabularyIds,
  type AnnotationKind,
} from '../vocabulary';

const text = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });
const optionalText = z.string({ error: 'must be text' }).nullable().optional();
export const slug = z.string({ error: 'must be text' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'must be a URL-safe id: lowercase letters, digits and single dashes',
});
// A real day of the calendar: 2024-13-45 or 2023-02-29 would otherwise pass here and crash the
// pages that print the date.
const isoDate = z.iso.date({ error: 'must be a real date written YYYY-MM-DD, e.g. 2024-11-20' });

export const paragraphRef = z.union(
  [z.number().int().positive(), z.literal('headline'), z.literal('summary')],
  {
    error: 'must be a paragraph number (1, 2, …), `headline` or `summary`',
  },
);

const selectorFields = {
  quote: text,
  prefix: z.string({ error: 'must be text' }).optional(),
  suffix: z.string({ error: 'must be text' }).optional(),
  occurrence: z.number({ error: 'must be a whole number from 1' }).int().positive().optional(),
  paragraph: paragraphRef.optional(),
};
const SELECTOR_SHAPE =
  'must be the quoted text, or a mapping with `quote` (and optional prefix, suffix, occurrence, paragraph)';
const asSelectorObject = (value: unknown) => (typeof value === 'string' ? { quote: value } : value);

/** A plain string is shorthand for `{ quote: string }`. */
export const selector = z.preprocess(
  asSelectorObject,
  z.strictObject(selectorFields, { error: SELECTOR_SHAPE }),
);
export type SelectorInput = z.infer<typeof selector>;

const distractor = z.preprocess(
  asSelectorObject,
  z.strictObject(
    { ...selectorFields, note: text },
    { error: 'must be a mapping with `quote` and `note`' },
  ),
);

const common = {
  id: slug,
  paragraph: paragraphRef.optional(),
  extent: selector.optional(),
  explanation: text,
  teacherNote: optionalText,
  distractors: z.array(distractor, { error: 'must be a list' }).optional(),
  borderline: z.boolean({ error: 'must be true or false' }).optional(),
};

const attribution = z
  .strictObject({
    ...common,
    kind: z.literal('attribution'),
    sourceType: z.enum(vocabularyIds(SOURCE_TYPES)),
    source: selector.optional(),
    cue: selector.optional(),
    content: selector,
  })
  .superRefine((a, ctx) => {
    if (a.sourceType === 'unattributed') {
      const present = (['source', 'cue'] as const).filter((part) => a[part] !== undefined);
      if (present.length) {
        ctx.addIssue({
          code: 'custom',
          path: [present[0]!],
          message: `must be left out${present.length > 1 ? ', and so must `cue`,' : ''} when \`sourceType: unattributed\` (an unattributed statement has no source in the text); remove ${present.length > 1 ? 'them' : 'it'}, or pick the source type that fits`,
        });
      }
      return;
    }
    for (const part of ['source', 'cue'] as const) {
      if (a[part] === undefined)
        ctx.addIssue({
          code: 'custom',
          path: [part],
          message: `only \`sourceType: unattributed\` has no ${part}`,
          params: { missing: true },
        });
    }
  });

const claim = z.strictObject({
  ...common,
  kind: z.literal('unverified-claim'),
  quote: selector,
  status: z.enum(vocabularyIds(CLAIM_STATUSES)),
  restsOn: text,
  attribution: slug.optional(),
});

const loaded = z.strictObject({
  ...common,
  kind: z.literal('loaded-wording'),
  quote: selector,
  alternatives: z
    .array(text, { error: 'must be a list of plainer words, e.g. [hit, struck]' })
    .min(1, { error: 'needs at least one plainer alternative' }),
});

const structure = (kind: 'headline' | 'byline' | 'dateline' | 'summary' | 'boilerplate') =>
  z.strictObject({ ...common, kind: z.literal(kind), quote: selector });

export const ANNOTATION_SCHEMAS = {
  attribution,
  'unverified-claim': claim,
  'loaded-wording': loaded,
  headline: structure('headline'),
  byline: structure('byline'),
  dateline: structure('dateline'),
  summary: structure('summary'),
  boilerplate: structure('boilerplate'),
} satisfies Record<AnnotationKind, z.ZodType>;
export type AnnotationInput = z.infer<(typeof ANNOTATION_SCHEMAS)[AnnotationKind]>;
export const ANNOTATION_KIND_IDS = vocabularyIds(ANNOTATION_KINDS);

export const storySchema = z.strictObject({
  id: slug,
  title: text,
  wire: optionalText,
  published: isoDate,
  articles: z
    .array(slug, { error: 'must be a list of article ids, e.g. [my-article-a, my-article-b]' })
    .min(1, { error: 'needs at least one article id' }),
});

const URL_ERROR = 'must be the address of the article on the web, starting with https://, or null';

export const articleSchema = z.strictObject({
  id: slug,
  outlet: text,
  wire: optionalText,
  published: isoDate,
  byline: text,
  dateline: optionalText,
  credit: text,
  url: z
    .string({ error: URL_ERROR })
    .refine((url) => linkTarget(url) === 'web', { error: URL_ERROR })
    .nullable()
    .optional(),
  annotations: z
    .array(z.unknown(), { error: 'must be a list of annotations, each starting with `- id:`' })
    .optional(),
});

const alignmentEnd = paragraphRef.nullable();
export const differencesSchema = z.strictObject({
  from: slug,
  to: slug,
  alignment: z
    .array(
      z.strictObject(
        { from: alignmentEnd, to: alignmentEnd },
        { error: 'must be a pair like { from: 12, to: 11 }' },
      ),
      { error: 'must be a list of pairs' },
    )
    .optional(),
  differences: z
    .array(z.unknown(), { error: 'must be a list of differences, each starting with `- id:`' })
    .optional(),
});

export const differenceSchema = z
  .strictObject({
    id: slug,
    kind: z.enum(vocabularyIds(DIFFERENCE_KINDS)),
    from: selector.nullable().optional(),
    to: selector.nullable().optional(),
    explanation: text,
    teacherNote: optionalText,
    borderline: z.boolean({ error: 'must be true or false' }).optional(),
  })
  .refine((d) => d.from != null || d.to != null, {
    message: 'needs `from`, `to` or both: the text it is about in each version',
  });
export type DifferenceInput = z.infer<typeof differenceSchema>;

/** Every field name the format knows, for did-you-mean on a misspelt one. */
export const KNOWN_FIELDS = [
  'id',
  'kind',
  'paragraph',
  'extent',
  'explanation',
  'teacherNote',
  'distractors',
  'borderline',
  'note',
  'sourceType',
  'source',
  'cue',
  'content',
  'quote',
  'status',
  'restsOn',
  'attribution',
  'alternatives',
  'prefix',
  'suffix',
  'occurrence',
  'title',
  'wire',
  'published',
  'articles',
  'outlet',
  'byline',
  'dateline',
  'credit',
  'url',
  'annotations',
  'from',
  'to',
  'alignment',
  'differences',
];
