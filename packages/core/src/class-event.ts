/**
 * The class event: what a student's device sends to the class server for every change it records
 * (an answer changed, a Check, a hint, the answer shown), and what the server answers for each.
 * Events are append-only and carry ids made on the device, so a retry is recorded once.
 *
 * Browser-safe: types and a few constants only. The server's zod schema with the same limits, and
 * the server's answer per event (`ClassEventResult`), live in `@sayswho/classroom`; a new field is
 * a new format version (`v`), so an old server answers "unknown format" instead of misreading it.
 */
import type { StoredAnswer } from './quiz/progress';

export const CLASS_EVENT_VERSION = 1;

export type ClassEventKind = 'answer' | 'check' | 'hint' | 'show-answer';

export interface ClassEvent {
  /** Format version: a server that does not know it rejects the event and the device keeps it. */
  readonly v: typeof CLASS_EVENT_VERSION;
  /** A UUID made on the device (crypto.getRandomValues where crypto.randomUUID is missing). */
  readonly id: string;
  readonly kind: ClassEventKind;
  /** The lesson and the fingerprint of the version the student worked on. */
  readonly lesson: { readonly slug: string; readonly fingerprint: string };
  readonly exerciseId: string;
  /** Device time, ISO 8601 with an offset or Z; the server records its own time as well. */
  readonly at: string;
  /** For `answer` and `check`: the answer in the shape of its exercise type. */
  readonly answer?: StoredAnswer;
  /** Work done on the device before the student joined, brought into the class at join. */
  readonly imported?: true;
}

/** What the devices may send; the server rejects anything over these. */
export const CLASS_EVENT_LIMITS = {
  /** Events in one request. */
  eventsPerBatch: 100,
  /** Bytes of one request body (UTF-8). */
  batchBytes: 256 * 1024,
  /** Selections of one Spot answer, or of one side of a Compare answer. */
  selections: 200,
  /** Characters of a rewrite. */
  rewriteLength: 2000,
  /** Options chosen, or items placed, in one answer. */
  choices: 100,
  /** Characters of a lesson slug, an exercise id, an option, item or category id. */
  idLength: 100,
} as const;
