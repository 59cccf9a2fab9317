/** Teachers, their sign-in links and their sessions. */
import { and, asc, count, eq, gt, lte } from 'drizzle-orm';
import type { Db } from '../open-database';
import { classes, teacherSessions, teacherSignInTokens, teachers } from '../schema';

export type TeacherRow = typeof teachers.$inferSelect;

/** Null when the name is taken. */
export async function insertTeacher(db: Db, name: string): Promise<TeacherRow | null> {
  const [row] = await db.insert(teachers).values({ name }).onConflictDoNothing().returning();
  return row ?? null;
}

export async function teacherByName(db: Db, name: string): Promise<TeacherRow | null> {
  const [row] = await db.select().from(teachers).where(eq(teachers.name, name));
  return row ?? null;
}

export async function teacherById(db: Db, id: string): Promise<TeacherRow | null> {
  const [row] = await db.select().from(teachers).where(eq(teachers.id, id));
  return row ?? null;
}

export async function teachersWithClassCounts(db: Db) {
  return db
    .select({
      id: teachers.id,
      name: teachers.name,
      createdAt: teachers.createdAt,
      classes: count(classes.id),
    })
    .from(teachers)
    .leftJoin(classes, eq(classes.teacherId, teachers.id))
    .groupBy(teachers.id)
    .orderBy(asc(teachers.name));
}

export async function deleteTeacher(db: Db, id: string): Promise<void> {
  await db.delete(teachers).where(eq(teachers.id, id));
}

/** A new sign-in link replaces the teacher's unused ones. */
export async function replaceSignInToken(
  db: Db,
  teacherId: string,
  tokenHash: string,
  expiresAt: Date,
): Promise<void> {
  await db.delete(teacherSignInTokens).where(eq(teacherSignInTokens.teacherId, teacherId));
  await db.insert(teacherSignInTokens).values({ teacherId, tokenHash, expiresAt });
}

/** Uses up a sign-in link: deleted whether or not it is still valid; its teacher when it was. */
export async function takeSignInToken(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<string | null> {
  const [row] = await db
    .delete(teacherSignInTokens)
    .where(eq(teacherSignInTokens.tokenHash, tokenHash))
    .returning();
  return row && row.expiresAt > now ? row.teacherId : null;
}

export async function insertSession(
  db: Db,
  teacherId: string,
  tokenHash: string,
  expiresAt: Date,
): Promise<void> {
  await db.insert(teacherSessions).values({ teacherId, tokenHash, expiresAt });
}

export async function sessionTeacher(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ id: teachers.id, name: teachers.name, expiresAt: teacherSessions.expiresAt })
    .from(teacherSessions)
    .innerJoin(teachers, eq(teachers.id, teacherSessions.teacherId))
    .where(and(eq(teacherSessions.tokenHash, tokenHash), gt(teacherSessions.expiresAt, now)));
  return row ?? null;
}

export async function extendSession(db: Db, tokenHash: string, expiresAt: Date): Promise<void> {
  await db
    .update(teacherSessions)
    .set({ expiresAt })
    .where(eq(teacherSessions.tokenHash, tokenHash));
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(teacherSessions).where(eq(teacherSessions.tokenHash, tokenHash));
}

/** Expired sessions and links: nothing can use them, so they are not kept. */
export async function deleteExpiredSecrets(db: Db, now: Date): Promise<void> {
  await db.delete(teacherSessions).where(lte(teacherSessions.expiresAt, now));
  await db.delete(teacherSignInTokens).where(lte(teacherSignInTokens.expiresAt, now));
}
