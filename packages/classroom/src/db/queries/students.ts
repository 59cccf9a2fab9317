/** Students, their devices, and the devices of students who were removed. */
import { and, asc, count, eq, max } from 'drizzle-orm';
import type { Db } from '../open-database';
import { classes, removedDevices, studentDevices, students } from '../schema';

export type StudentRow = typeof students.$inferSelect;

/** Call inside a transaction holding the class row (lockClassRow): join order is max + 1. */
export async function insertStudent(
  tx: Db,
  values: Pick<StudentRow, 'classId' | 'displayName' | 'rejoinCode'>,
): Promise<StudentRow> {
  const [last] = await tx
    .select({ order: max(students.joinOrder) })
    .from(students)
    .where(eq(students.classId, values.classId));
  const [row] = await tx
    .insert(students)
    .values({ ...values, joinOrder: (last?.order ?? 0) + 1 })
    .returning();
  return row!;
}

export async function studentsOfClass(db: Db, classId: string) {
  return db
    .select({
      id: students.id,
      displayName: students.displayName,
      joinOrder: students.joinOrder,
      rejoinCode: students.rejoinCode,
      createdAt: students.createdAt,
      devices: count(studentDevices.tokenHash),
    })
    .from(students)
    .leftJoin(studentDevices, eq(studentDevices.studentId, students.id))
    .where(eq(students.classId, classId))
    .groupBy(students.id)
    .orderBy(asc(students.joinOrder));
}

/** The student, when they are in the class. */
export async function studentInClass(
  db: Db,
  classId: string,
  studentId: string,
): Promise<StudentRow | null> {
  const [row] = await db
    .select()
    .from(students)
    .where(and(eq(students.id, studentId), eq(students.classId, classId)));
  return row ?? null;
}

export async function studentByRejoinCode(
  db: Db,
  classId: string,
  rejoinCode: string,
): Promise<StudentRow | null> {
  const [row] = await db
    .select()
    .from(students)
    .where(and(eq(students.classId, classId), eq(students.rejoinCode, rejoinCode)));
  return row ?? null;
}

export async function updateStudent(
  db: Db,
  studentId: string,
  change: Partial<Pick<StudentRow, 'displayName' | 'rejoinCode'>>,
): Promise<void> {
  await db.update(students).set(change).where(eq(students.id, studentId));
}

export async function deleteStudent(db: Db, studentId: string): Promise<void> {
  await db.delete(students).where(eq(students.id, studentId));
}

export async function insertDevice(db: Db, studentId: string, tokenHash: string): Promise<void> {
  await db.insert(studentDevices).values({ studentId, tokenHash });
}

/**
 * The student of a device, with their class's lessons: one query, because every request a device
 * makes starts here and an events request needs the lessons too (each statement counts on PGlite).
 */
export async function studentByDevice(
  db: Db,
  tokenHash: string,
): Promise<(StudentRow & { readonly classLessons: string[] }) | null> {
  const [row] = await db
    .select({ student: students, classLessons: classes.lessons })
    .from(studentDevices)
    .innerJoin(students, eq(students.id, studentDevices.studentId))
    .innerJoin(classes, eq(classes.id, students.classId))
    .where(eq(studentDevices.tokenHash, tokenHash));
  return row ? { ...row.student, classLessons: row.classLessons } : null;
}

/** Gives every device of one student to another (a merge). */
export async function moveDevices(
  db: Db,
  fromStudentId: string,
  toStudentId: string,
): Promise<void> {
  await db
    .update(studentDevices)
    .set({ studentId: toStudentId })
    .where(eq(studentDevices.studentId, fromStudentId));
}

/** Remembers a removed student's devices, so they are told why they were turned away. */
export async function rememberRemovedDevices(
  db: Db,
  classId: string,
  studentId: string,
): Promise<void> {
  const devices = await db
    .select({ tokenHash: studentDevices.tokenHash })
    .from(studentDevices)
    .where(eq(studentDevices.studentId, studentId));
  if (devices.length === 0) return;
  await db
    .insert(removedDevices)
    .values(devices.map((d) => ({ tokenHash: d.tokenHash, classId })))
    .onConflictDoNothing();
}

export async function isRemovedDevice(db: Db, tokenHash: string): Promise<boolean> {
  const [row] = await db
    .select()
    .from(removedDevices)
    .where(eq(removedDevices.tokenHash, tokenHash));
  return row !== undefined;
}
