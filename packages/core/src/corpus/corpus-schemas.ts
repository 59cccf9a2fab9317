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

/**
 * Template words that `npm run new -- article` leaves for the teacher to replace: a value that
 * still holds them fails the check, so they never reach students. The first is what the template
 * writes now; the other, what it wrote before.
 */
export const PLACEHOLDER = 'FILL IN';
const OLD_PLACEHOLDERS = ['Who wrote it, as the page says'];
export const isPlaceholder = (value: unknown) =>
  typeof value === 'string' &&
  (value.trim().toUpperCase().startsWith(PLACEHOLDER) || OLD_PLACEHOLDERS.includes(value.trim()));

/** `none` (or null) where there really is none: no byline, no dateline, no wire, no web address. */
const orNone = <S extends z.ZodType>(schema: S) =>
  z.preprocess(
    (value) => (typeof value === 'string' && /^none$/i.test(value.trim()) ? null : value),
    schema.nullable(),
  );

const text = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });
const optionalText = orNone(text).optional();
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
    refersTo: text.optional(),
  })
  .superRefine((a, ctx) => {
    if (a.refersTo !== undefined && a.source === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['refersTo'],
        message: 'names who the source is, so it needs a `source` (a pronoun such as “he”)',
        params: { fix: 'add `source:` with the pronoun from the text, or remove `refersTo`' },
      });
    // A vague source (“it is said”, “some say”) may mark a cue and a source, or neither.
    if (a.sourceType === 'vague') return;
    if (a.sourceType === 'unattributed') {
      const present = (['source', 'cue'] as const).filter((part) => a[part] !== undefined);
      if (present.length) {
        ctx.addIssue({
          code: 'custom',
          path: [present[0]!],
          message: `must be left out${present.length > 1 ? ', and so must `cue`,' : ''} when \`sourceType: unattributed\` (an unattributed statement has no source in the text); remove ${present.length > 1 ? 'them' : 'it'}, or pick the source type that fits (\`vague\` for “some say”, “it is said”; \`unnamed-group\` for “critics”, “opponents”)`,
        });
      }
      return;
    }
    for (const part of ['source', 'cue'] as const) {
      if (a[part] === undefined)
        ctx.addIssue({
          code: 'custom',
          path: [part],
          message: `only \`sourceType: unattributed\` (or \`vague\`) has no ${part}`,
          params: { missing: true },
        });
    }
  });

/**
 * One status, or a list when a claim is unverified for more than one reason
 * (`status: [anonymous-source, one-side]`); a single word is read as a list of one.
 */
const claimStatuses = z.preprocess(
  (value) => (Array.isArray(value) || value === undefined ? value : [value]),
  z
    .array(z.enum(vocabularyIds(CLAIM_STATUSES)))
    .min(1, { error: 'needs at least one status, e.g. `status: one-side`' })
    .superRefine((statuses, ctx) => {
      const twice = statuses.find((s, i) => statuses.indexOf(s) !== i);
      if (twice)
        ctx.addIssue({
          code: 'custom',
          path: [statuses.lastIndexOf(twice)],
          message: `lists \`${twice}\` twice`,
          params: { fix: `remove the second \`${twice}\`` },
        });
    }),
);

const claim = z.strictObject({
  ...common,
  kind: z.literal('unverified-claim'),
  quote: selector,
  status: claimStatuses,
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

const structure = (
  kind: 'headline' | 'byline' | 'dateline' | 'summary' | 'boilerplate' | 'disclaimer',
) => z.strictObject({ ...common, kind: z.literal(kind), quote: selector });

export const ANNOTATION_SCHEMAS = {
  attribution,
  'unverified-claim': claim,
  'loaded-wording': loaded,
  headline: structure('headline'),
  byline: structure('byline'),
  dateline: structure('dateline'),
  summary: structure('summary'),
  boilerplate: structure('boilerplate'),
  disclaimer: structure('disclaimer'),
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

const URL_ERROR = 'must be the address of the article on the web, starting with https://, or none';

export const articleSchema = z.strictObject({
  id: slug,
  outlet: text,
  wire: optionalText,
  published: isoDate,
  // Required, so a teacher says who wrote it, or that the page names nobody (`byline: none`).
  byline: orNone(text),
  dateline: optionalText,
  credit: text,
  // A placeholder is reported on its own (placeholderProblems), like every other field's.
  url: orNone(
    z
      .string({ error: URL_ERROR })
      .refine((url) => isPlaceholder(url) || linkTarget(url) === 'web', { error: URL_ERROR }),
  ).optional(),
  // Written with nothing under it (only the template's commented examples), it is an empty list.
  annotations: z
    .array(z.unknown(), { error: 'must be a list of annotations, each starting with `- id:`' })
    .nullable()
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
    .nullable()
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

/** What a field holds, for the fix of a placeholder left in; `orNone` says whether `none` is allowed. */
export const FIELD_MEANINGS: Record<string, { what: string; orNone: boolean }> = {
  outlet: { what: 'who published the article', orNone: false },
  byline: { what: 'who wrote it, as the page says', orNone: true },
  dateline: { what: 'the place the report starts with, e.g. KYIV, Ukraine', orNone: true },
  wire: { what: 'the news agency the story comes from, e.g. Associated Press', orNone: true },
  url: { what: 'the address of the page, starting with https://', orNone: true },
  credit: { what: 'the credit line students see under the article', orNone: false },
  title: { what: 'the story’s title', orNone: false },
  explanation: { what: 'what students read about this annotation', orNone: false },
};

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
  'refersTo',
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
