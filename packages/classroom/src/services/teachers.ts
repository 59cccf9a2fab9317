/**
 * Teachers: added and removed from the command line, signed in by a single-use link (no e-mail,
 * no password, no outside provider), kept signed in by a session that survives restarts.
 */
import { SESSION_DAYS, type Teacher } from '../access';
import type { Classroom } from '../classroom';
import { classesOfTeacher } from '../db/queries/classes';
import {
  deleteExpiredSecrets,
  deleteSession,
  deleteTeacher,
  insertSession,
  insertTeacher,
  replaceSignInToken,
  takeSignInToken,
  teacherById,
  teacherByName,
  teachersWithClassCounts,
} from '../db/queries/teachers';
import { ok, refuse, type Result } from '../result';
import { hashToken, newToken } from '../tokens';
import { guarded } from './guard';
import { checkName } from './names';

export const SIGN_IN_LINK_DAYS = 7;
const DAY = 24 * 60 * 60 * 1000;

export interface SignInLink {
  readonly teacher: Teacher;
  /** `<origin>/api/class/teacher/sign-in?token=…` (the route that sets the cookie): opened once, within 7 days. */
  readonly url: string;
  readonly expiresAt: Date;
}

export interface TeacherSummary extends Teacher {
  readonly createdAt: Date;
  readonly classes: number;
}

/**
 * Adds a teacher and makes their first sign-in link. `origin` is where the link points when
 * PUBLIC_URL is not set (the request's origin, or the CLI's guess).
 */
export const addTeacher = guarded(
  async (
    classroom: Classroom,
    input: { name: string; origin: string },
  ): Promise<Result<SignInLink>> => {
    const name = checkName(input.name, 'A teacher’s name', 80);
    if (!name.ok) return name;
    return classroom.database.db.transaction(async (tx) => {
      const teacher = await insertTeacher(tx, name.value);
      if (!teacher) return refuse('conflict', `There is already a teacher called “${name.value}”.`);
      return ok(await newSignInLink(classroom, tx, teacher, input.origin));
    });
  },
);

/** A fresh sign-in link for a new device or a lost cookie; the teacher's unused links stop working. */
export const issueSignInLink = guarded(
  async (
    classroom: Classroom,
    input: { name: string; origin: string },
  ): Promise<Result<SignInLink>> =>
    classroom.database.db.transaction(async (tx) => {
      const teacher = await teacherByName(tx, input.name.trim());
      if (!teacher) return refuse('not-found', noSuchTeacher(input.name));
      return ok(await newSignInLink(classroom, tx, teacher, input.origin));
    }),
);

export const listTeachers = guarded(
  async (classroom: Classroom): Promise<Result<TeacherSummary[]>> =>
    ok(await teachersWithClassCounts(classroom.database.db)),
);

/**
 * Removes a teacher. A teacher with classes is removed only with `withClasses` (their classes
 * and all their students' work go too), so nobody loses a class by a slip of the keyboard.
 */
export const removeTeacher = guarded(
  async (
    classroom: Classroom,
    input: { name: string; withClasses?: boolean },
  ): Promise<Result<{ teacher: Teacher; classesDeleted: number }>> =>
    classroom.database.db.transaction(async (tx) => {
      const teacher = await teacherByName(tx, input.name.trim());
      if (!teacher) return refuse('not-found', noSuchTeacher(input.name));
      const owned = await classesOfTeacher(tx, teacher.id);
      if (owned.length > 0 && !input.withClasses)
        return refuse(
          'conflict',
          `${teacher.name} has ${owned.length} class${owned.length === 1 ? '' : 'es'} (${owned.map((c) => c.name).join(', ')}): ` +
            'export them first (npm run class -- export FILE), then remove the teacher with --with-classes to delete them too.',
        );
      await deleteTeacher(tx, teacher.id);
      return ok({ teacher: { id: teacher.id, name: teacher.name }, classesDeleted: owned.length });
    }),
);

/** Opens a sign-in link: the link is used up, and a session token (for the cookie) is made. */
export const signIn = guarded(
  async (
    classroom: Classroom,
    input: { token: string },
  ): Promise<Result<{ teacher: Teacher; sessionToken: string; expiresAt: Date }>> => {
    const now = classroom.now();
    return classroom.database.db.transaction(async (tx) => {
      await deleteExpiredSecrets(tx, now);
      const teacherId = input.token ? await takeSignInToken(tx, hashToken(input.token), now) : null;
      if (!teacherId)
        return refuse(
          'signed-out',
          'This sign-in link has been used or has expired. Ask for a new one: npm run class -- teacher-link "Your Name".',
        );
      const sessionToken = newToken();
      const expiresAt = new Date(now.getTime() + SESSION_DAYS * DAY);
      await insertSession(tx, teacherId, hashToken(sessionToken), expiresAt);
      const teacher = (await teacherById(tx, teacherId))!;
      return ok({ teacher: { id: teacher.id, name: teacher.name }, sessionToken, expiresAt });
    });
  },
);

/**
 * Runs `use` with a session of `teacherId` made for it alone and deleted once `use` is done: the
 * warm-up's page rendered ahead (`warm-up.ts`). The token never leaves the process and only its
 * hash is stored: should the process stop halfway, the row left behind (its expiry renewed by the
 * page's own request) opens nothing, since nobody holds the token, and ends with the other sessions.
 */
export async function withOwnSession<T>(
  classroom: Classroom,
  teacherId: string,
  use: (sessionToken: string) => Promise<T>,
): Promise<T> {
  const sessionToken = newToken();
  const { db } = classroom.database;
  await insertSession(
    db,
    teacherId,
    hashToken(sessionToken),
    new Date(classroom.now().getTime() + 60_000),
  );
  try {
    return await use(sessionToken);
  } finally {
    await deleteSession(db, hashToken(sessionToken));
  }
}

export const signOut = guarded(
  async (classroom: Classroom, sessionToken: string): Promise<Result<null>> => {
    await deleteSession(classroom.database.db, hashToken(sessionToken));
    return ok(null);
  },
);

async function newSignInLink(
  classroom: Classroom,
  tx: Classroom['database']['db'],
  teacher: Teacher,
  origin: string,
): Promise<SignInLink> {
  const token = newToken();
  const expiresAt = new Date(classroom.now().getTime() + SIGN_IN_LINK_DAYS * DAY);
  await replaceSignInToken(tx, teacher.id, hashToken(token), expiresAt);
  const base = classroom.config.publicUrl ?? origin;
  return {
    teacher: { id: teacher.id, name: teacher.name },
    url: `${base}/api/class/teacher/sign-in?token=${token}`,
    expiresAt,
  };
}

function noSuchTeacher(name: string): string {
  return `There is no teacher called “${name.trim()}” (npm run class -- list-teachers shows them).`;
}
