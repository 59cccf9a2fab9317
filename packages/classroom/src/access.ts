/**
 * Who is asking, and what they may touch: the one place every route handler calls before a
 * service. A teacher is known by the session cookie, a student's device by its bearer token;
 * a teacher reaches only their own classes, and another teacher's class is "not found" (not
 * "forbidden"), so nobody learns which classes exist.
 */
import type { Classroom } from './classroom';
import { classOfTeacher, type ClassRow } from './db/queries/classes';
import { isRemovedDevice, studentByDevice } from './db/queries/students';
import { extendSession, sessionTeacher } from './db/queries/teachers';
import { ok, refuse, type Result } from './result';
import { guarded } from './services/guard';
import { hashToken } from './tokens';

export const SESSION_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

export interface Teacher {
  readonly id: string;
  readonly name: string;
}

export interface Student {
  readonly id: string;
  readonly classId: string;
  readonly name: string;
  /** The lessons of the student's class, read with the student (see `studentByDevice`). */
  readonly classLessons: readonly string[];
}

export const SIGNED_OUT =
  'You are not signed in as a teacher (or your session has ended): open your sign-in link again.';
export const UNKNOWN_DEVICE =
  'This device is not in a class on this server. Join the class again with its code.';
export const REMOVED = 'Your teacher removed you from this class. Your work stays on this device.';
export const NO_SUCH_CLASS = 'There is no such class among yours.';

/**
 * The teacher of a session token (the cookie's value). A session lasts 30 days from its last
 * use; it is extended at most once a day, so reading a page is not a write every time.
 */
export const teacherFromSession = guarded(
  async (
    classroom: Classroom,
    sessionToken: string | null | undefined,
  ): Promise<Result<Teacher>> => {
    if (!sessionToken) return refuse('signed-out', SIGNED_OUT);
    const { db } = classroom.database;
    const now = classroom.now();
    const hash = hashToken(sessionToken);
    const found = await sessionTeacher(db, hash, now);
    if (!found) return refuse('signed-out', SIGNED_OUT);
    const renewed = new Date(now.getTime() + SESSION_DAYS * DAY);
    if (renewed.getTime() - found.expiresAt.getTime() > DAY) await extendSession(db, hash, renewed);
    return ok({ id: found.id, name: found.name });
  },
);

/** The student of a device token: `Authorization: Bearer <token>` (or the bare token). */
export const studentFromDevice = guarded(
  async (
    classroom: Classroom,
    authorization: string | null | undefined,
  ): Promise<Result<Student>> => {
    const token = bearerToken(authorization);
    if (!token) return refuse('unknown-device', UNKNOWN_DEVICE);
    const { db } = classroom.database;
    const hash = hashToken(token);
    const student = await studentByDevice(db, hash);
    if (student)
      return ok({
        id: student.id,
        classId: student.classId,
        name: student.displayName,
        classLessons: student.classLessons,
      });
    return (await isRemovedDevice(db, hash))
      ? refuse('removed', REMOVED)
      : refuse('unknown-device', UNKNOWN_DEVICE);
  },
);

/** The class, when it is the teacher's; "not found" for anyone else's or none. */
export const teachersClass = guarded(
  async (classroom: Classroom, teacher: Teacher, classId: string): Promise<Result<ClassRow>> => {
    const found = isUuid(classId)
      ? await classOfTeacher(classroom.database.db, teacher.id, classId)
      : null;
    return found ? ok(found) : refuse('not-found', NO_SUCH_CLASS);
  },
);

export function bearerToken(header: string | null | undefined): string | null {
  const token = header?.replace(/^Bearer\s+/i, '').trim();
  return token && /^[\w-]{20,100}$/.test(token) ? token : null;
}

/** Ids come from URLs: anything but a UUID is simply not found (and never reaches SQL). */
export function isUuid(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}
