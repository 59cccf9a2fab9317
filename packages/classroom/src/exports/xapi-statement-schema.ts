/**
 * The xAPI 1.0.3 rules a statement we export must keep (the spec's Part Two, section 2.4): the
 * properties, their types, and the constraints a Learning Record Store checks before it accepts
 * a statement. No npm package validates statements without also being an LRS client (network
 * code, axios); this covers the parts of the spec our statements use, strictly (an LRS rejects
 * properties the spec does not define).
 *
 * https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md
 */
import { z } from 'zod';

/** An IRI: a scheme, a colon, and no spaces (RFC 3987, as far as a pattern can tell). */
const iri = z.string().regex(/^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/, 'must be an absolute IRI');
/** An IRL: an IRI a browser can open. */
const irl = z.string().regex(/^https?:\/\/[^\s]+$/, 'must be an http(s) IRL');
/** RFC 5646 language tags as keys, e.g. `en-US`. */
const languageMap = z.record(
  z.string().regex(/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/, 'must be an RFC 5646 language tag'),
  z.string(),
);
const extensions = z.record(iri, z.unknown());
/** ISO 8601 with a time zone (the spec: a timestamp without one is ambiguous). */
const timestamp = z.iso.datetime({ offset: true });

const account = z.strictObject({ homePage: irl, name: z.string().min(1) });
const agent = z
  .strictObject({
    objectType: z.literal('Agent').optional(),
    name: z.string().optional(),
    mbox: z
      .string()
      .regex(/^mailto:[^\s@]+@[^\s@]+$/)
      .optional(),
    mbox_sha1sum: z
      .string()
      .regex(/^[0-9a-f]{40}$/)
      .optional(),
    openid: iri.optional(),
    account: account.optional(),
  })
  .refine(
    (a) =>
      [a.mbox, a.mbox_sha1sum, a.openid, a.account].filter((ifi) => ifi !== undefined).length === 1,
    'an Agent has exactly one identifier (mbox, mbox_sha1sum, openid or account)',
  );

const verb = z.strictObject({ id: iri, display: languageMap.optional() });

const INTERACTION_TYPES = [
  'true-false',
  'choice',
  'fill-in',
  'long-fill-in',
  'matching',
  'performance',
  'sequencing',
  'likert',
  'numeric',
  'other',
] as const;
const interactionComponents = z
  .array(z.strictObject({ id: z.string().min(1), description: languageMap.optional() }))
  .refine(
    (list) => new Set(list.map((c) => c.id)).size === list.length,
    'component ids must be unique',
  );

const definition = z
  .strictObject({
    name: languageMap.optional(),
    description: languageMap.optional(),
    type: iri.optional(),
    moreInfo: irl.optional(),
    extensions: extensions.optional(),
    interactionType: z.enum(INTERACTION_TYPES).optional(),
    correctResponsesPattern: z.array(z.string()).optional(),
    choices: interactionComponents.optional(),
  })
  .refine(
    (d) => d.correctResponsesPattern === undefined || d.interactionType !== undefined,
    'correctResponsesPattern needs an interactionType',
  )
  .refine(
    (d) =>
      d.choices === undefined ||
      d.interactionType === 'choice' ||
      d.interactionType === 'sequencing',
    'choices belong only to a choice or sequencing interaction',
  );

const activity = z.strictObject({
  objectType: z.literal('Activity').optional(),
  id: iri,
  definition: definition.optional(),
});

const score = z
  .strictObject({
    scaled: z.number().min(-1).max(1).optional(),
    raw: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .refine(
    (s) => s.min === undefined || s.max === undefined || s.min < s.max,
    'min must be below max',
  )
  .refine(
    (s) =>
      s.raw === undefined ||
      ((s.min === undefined || s.raw >= s.min) && (s.max === undefined || s.raw <= s.max)),
    'raw must lie between min and max',
  );

const result = z.strictObject({
  score: score.optional(),
  success: z.boolean().optional(),
  completion: z.boolean().optional(),
  response: z.string().optional(),
  duration: z
    .string()
    .regex(
      /^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$/,
    )
    .optional(),
  extensions: extensions.optional(),
});

const context = z.strictObject({
  registration: z.uuid().optional(),
  contextActivities: z
    .strictObject({
      parent: z.array(activity).optional(),
      grouping: z.array(activity).optional(),
      category: z.array(activity).optional(),
      other: z.array(activity).optional(),
    })
    .optional(),
  platform: z.string().optional(),
  language: z
    .string()
    .regex(/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/)
    .optional(),
  extensions: extensions.optional(),
});

export const xapiStatementSchema = z.strictObject({
  id: z.uuid(),
  actor: agent,
  verb,
  object: activity,
  result: result.optional(),
  context: context.optional(),
  timestamp: timestamp.optional(),
  stored: timestamp.optional(),
  version: z
    .string()
    .regex(/^1\.0(\.\d+)?$/, 'must be a 1.0.x version')
    .optional(),
});

export type XapiStatement = z.infer<typeof xapiStatementSchema>;
