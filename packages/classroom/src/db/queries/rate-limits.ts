/** Counters per bucket and window, shared by every instance through the database. */
import { and, eq, like, lt, sql } from 'drizzle-orm';
import type { Db } from '../open-database';
import { rateLimits } from '../schema';

export async function bucketCount(db: Db, bucket: string, windowStart: Date): Promise<number> {
  const [row] = await db
    .select({ count: rateLimits.count })
    .from(rateLimits)
    .where(and(eq(rateLimits.bucket, bucket), eq(rateLimits.windowStart, windowStart)));
  return row?.count ?? 0;
}

/** Adds one, atomically across instances; returns the new count. */
export async function bumpBucket(db: Db, bucket: string, windowStart: Date): Promise<number> {
  const [row] = await db
    .insert(rateLimits)
    .values({ bucket, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.bucket, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({ count: rateLimits.count });
  return row!.count;
}

/** Forgets the windows of one kind of bucket that started before `before`. */
export async function deleteBucketsBefore(db: Db, prefix: string, before: Date): Promise<void> {
  await db
    .delete(rateLimits)
    .where(and(lt(rateLimits.windowStart, before), like(rateLimits.bucket, `${prefix}%`)));
}
