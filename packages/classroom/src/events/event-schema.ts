/**
 * The zod schema of a class event (`ClassEvent` in `@sayswho/core/class-event`), with the limits
 * devices are held to. Its errors become the reason a device shows under the event it keeps.
 */
import {
  CLASS_EVENT_LIMITS as LIMITS,
  CLASS_EVENT_VERSION,
  type ClassEvent,
} from '@sayswho/core/class-event';
import { z } from 'zod';

const id = z
  .string()
  .min(1, { message: 'an id is empty' })
  .max(LIMITS.idLength, { message: `an id is longer than ${LIMITS.idLength} characters` });

const span = z
  .strictObject({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end > s.start, { message: 'a selection ends before it starts' });

const spans = z
  .array(span)
  .max(LIMITS.selections, { message: `too many selections (at most ${LIMITS.selections})` });

const storedAnswer = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('spot'), spans }),
  z.strictObject({
    type: z.literal('choice'),
    chosen: z
      .array(id)
      .max(LIMITS.choices, { message: `too many options chosen (at most ${LIMITS.choices})` }),
  }),
  z.strictObject({
    type: z.literal('classify'),
    placed: z.record(id, id).refine((placed) => Object.keys(placed).length <= LIMITS.choices, {
      message: `too many items placed (at most ${LIMITS.choices})`,
    }),
  }),
  z.strictObject({
    type: z.literal('rewrite'),
    text: z.string().max(LIMITS.rewriteLength, {
      message: `the rewrite is longer than ${LIMITS.rewriteLength} characters`,
    }),
  }),
  z.strictObject({ type: z.literal('compare'), from: spans, to: spans }),
]);

export const classEventSchema = z
  .strictObject({
    v: z.literal(CLASS_EVENT_VERSION),
    id: z.uuid({ message: 'the event id is not a UUID' }),
    kind: z.enum(['answer', 'check', 'hint', 'show-answer']),
    lesson: z.strictObject({
      slug: id,
      fingerprint: z
        .string()
        .regex(/^[0-9a-f]{1,64}$/, { message: 'the lesson fingerprint is not one' }),
    }),
    exerciseId: id,
    at: z.iso.datetime({ offset: true, message: 'the time is not an ISO date and time' }),
    answer: storedAnswer.optional(),
    imported: z.literal(true).optional(),
  })
  .refine((e) => (e.kind === 'answer' || e.kind === 'check') === (e.answer !== undefined), {
    message: 'an answer or a check carries an answer, a hint or "show answer" none',
    path: ['answer'],
  });

/** The event as parsed; the same shape as core's ClassEvent (checked by the compiler below). */
export type ParsedEvent = z.output<typeof classEventSchema>;
const _sameShape: ClassEvent = {} as ParsedEvent;

export type EventParse =
  | { readonly ok: true; readonly event: ParsedEvent }
  | { readonly ok: false; readonly reason: string };

/** Parses one event of a batch; the reason says what is wrong in a sentence. */
export function parseEvent(raw: unknown): EventParse {
  const version = (raw as { v?: unknown } | null)?.v;
  if (typeof version === 'number' && version !== CLASS_EVENT_VERSION)
    return {
      ok: false,
      reason: `it is in format ${version}, and this class server reads format ${CLASS_EVENT_VERSION}: the server needs an update`,
    };
  const parsed = classEventSchema.safeParse(raw);
  if (parsed.success) return { ok: true, event: parsed.data };
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  return { ok: false, reason: `${where}${issue.message}` };
}
