/**
 * Limits on joining, counted in the database so they hold across instances. Wrong codes are
 * limited per client address (60 in 10 minutes: a class mistyping behind one school NAT still
 * gets in, a script guessing among ~900 million codes does not) and, for rejoin codes, per class.
 * Successful joins are limited too, so nobody fills a roster with made-up students.
 *
 * An address is stored only as a hash salted with its window's start, and each window's rows are
 * deleted at the next join attempt after it has passed: no address hash outlives its window for long.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../db/open-database';
import { bucketCount, bumpBucket, deleteBucketsBefore } from '../db/queries/rate-limits';
import { refuse, type Refusal } from '../result';

export interface RateRule {
  readonly name: string;
  readonly max: number;
  readonly minutes: number;
  /** What the person is told when it runs out. */
  readonly reason: string;
}

export const JOIN_RULES = {
  wrongCodesPerAddress: {
    name: 'wrong-code-address',
    max: 60,
    minutes: 10,
    reason: 'Too many wrong codes from this network.',
  },
  wrongRejoinCodesPerClass: {
    name: 'wrong-rejoin-class',
    max: 30,
    minutes: 10,
    reason: 'Too many wrong rejoin codes for this class.',
  },
  joinsPerAddress: {
    name: 'join-address',
    max: 300,
    minutes: 10,
    reason: 'Too many joins from this network.',
  },
  joinsPerClass: {
    name: 'join-class',
    max: 200,
    minutes: 60,
    reason: 'Too many students joined this class in the last hour.',
  },
} as const satisfies Record<string, RateRule>;

export interface Bucket {
  readonly rule: RateRule;
  readonly key: string;
  readonly windowStart: Date;
}

function windowStart(rule: RateRule, now: Date): Date {
  const size = rule.minutes * 60_000;
  return new Date(Math.floor(now.getTime() / size) * size);
}

export function classBucket(rule: RateRule, classId: string, now: Date): Bucket {
  const start = windowStart(rule, now);
  return { rule, key: `${rule.name}:${classId}`, windowStart: start };
}

export function addressBucket(rule: RateRule, address: string, now: Date): Bucket {
  const start = windowStart(rule, now);
  const hash = createHash('sha256')
    .update(`${start.toISOString()}|${address}`)
    .digest('hex')
    .slice(0, 32);
  return { rule, key: `${rule.name}:${hash}`, windowStart: start };
}

/** A refusal when any of the buckets is used up (checked before the attempt is judged). */
export async function overLimit(
  db: Db,
  buckets: readonly Bucket[],
  now: Date,
): Promise<Refusal | null> {
  for (const bucket of buckets) {
    if ((await bucketCount(db, bucket.key, bucket.windowStart)) < bucket.rule.max) continue;
    const ends = bucket.windowStart.getTime() + bucket.rule.minutes * 60_000;
    const seconds = Math.max(1, Math.ceil((ends - now.getTime()) / 1000));
    const minutes = Math.ceil(seconds / 60);
    return refuse(
      'rate-limited',
      `${bucket.rule.reason} Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
      seconds,
    );
  }
  return null;
}

export async function count(db: Db, buckets: readonly Bucket[]): Promise<void> {
  for (const bucket of buckets) await bumpBucket(db, bucket.key, bucket.windowStart);
}

/** Deletes every bucket whose window has passed (with it, the address hash it held). */
export async function forgetPastWindows(db: Db, now: Date): Promise<void> {
  for (const rule of Object.values(JOIN_RULES))
    await deleteBucketsBefore(db, `${rule.name}:`, windowStart(rule, now));
}
