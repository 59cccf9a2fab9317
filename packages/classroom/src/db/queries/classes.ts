/** Classes. */
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../open-database';
import { classes, events, students } from '../schema';

export type ClassRow = typeof classes.$inferSelect;

/** Null when the join code is taken (the caller draws another). */
export async function insertClass(
  db: Db,
  values: Pick<ClassRow, 'teacherId' | 'name' | 'joinCode' | 'lessons' | 'endsOn'>,
): Promise<ClassRow | null> {
  const [row] = await db
    .insert(classes)
    .values(values)
    .onConflictDoNothing({ target: classes.joinCode })
    .returning();
  return row ?? null;
}

export async function classesOfTeacher(db: Db, teacherId: string) {
  return db
    .select({
      id: classes.id,
      name: classes.name,
      joinCode: classes.joinCode,
      lessons: classes.lessons,
      endsOn: classes.endsOn,
      createdAt: classes.createdAt,
      students: count(students.id),
    })
    .from(classes)
    .leftJoin(students, eq(students.classId, classes.id))
    .where(eq(classes.teacherId, teacherId))
    .groupBy(classes.id)
    .orderBy(asc(classes.createdAt));
}

/** The class, when it belongs to the teacher. */
export async function classOfTeacher(
  db: Db,
  teacherId: string,
  classId: string,
): Promise<ClassRow | null> {
  const [row] = await db
    .select()
    .from(classes)
    .where(and(eq(classes.id, classId), eq(classes.teacherId, teacherId)));
  return row ?? null;
}

export async function classById(db: Db, classId: string): Promise<ClassRow | null> {
  const [row] = await db.select().from(classes).where(eq(classes.id, classId));
  return row ?? null;
}

/**
 * The classes whose latest event was received after `since`, the most recent first, at most
 * `limit`. Each class's latest event is found through the (class, seq) index, `seq` being the
 * order events were received in: one index probe per class, never a scan of every event (a
 * school's server may hold millions).
 */
export async function classesActiveSince(db: Db, since: Date, limit: number): Promise<ClassRow[]> {
  const lastReceived = sql`(select ${events.receivedAt} from ${events}
    where ${events.classId} = ${classes.id} order by ${events.seq} desc limit 1)`;
  return db
    .select()
    .from(classes)
    .where(sql`${lastReceived} > ${since.toISOString()}::timestamptz`)
    .orderBy(sql`${lastReceived} desc`)
    .limit(limit);
}

export async function classByJoinCode(db: Db, joinCode: string): Promise<ClassRow | null> {
  const [row] = await db.select().from(classes).where(eq(classes.joinCode, joinCode));
  return row ?? null;
}

/** Holds the class row until the transaction ends, so joins to one class take turns. */
export async function lockClassRow(tx: Db, classId: string): Promise<void> {
  await tx.execute(sql`select 1 from ${classes} where ${classes.id} = ${classId} for update`);
}

export async function updateClass(
  db: Db,
  classId: string,
  change: Partial<Pick<ClassRow, 'endsOn' | 'joinCode'>>,
): Promise<ClassRow | null> {
  const [row] = await db.update(classes).set(change).where(eq(classes.id, classId)).returning();
  return row ?? null;
}

export async function deleteClass(db: Db, classId: string): Promise<void> {
  await db.delete(classes).where(eq(classes.id, classId));
}
