/**
 * A teacher's classes: created for lessons of the kit with an end date, listed, changed, deleted.
 * Every function takes the teacher from `teacherFromSession` and reaches only their classes.
 */
import { teachersClass, type Teacher } from '../access';
import type { Classroom } from '../classroom';
import { addDays, isDay, todayIn } from '../dates';
import {
  classesOfTeacher,
  deleteClass as deleteClassRow,
  insertClass,
  updateClass,
  type ClassRow,
} from '../db/queries/classes';
import { isUniqueViolation } from '../db/error-codes';
import { publish } from '../live';
import { ok, refuse, type Result } from '../result';
import { newCode } from '../tokens';
import { exportData } from '../transfer/export-data';
import { guarded } from './guard';
import { checkName } from './names';

export const MAX_LESSONS_PER_CLASS = 20;
/** A class may run for up to a year: its data is kept until retention after its end date. */
export const MAX_CLASS_DAYS = 366;
export const MAX_CLASS_NAME_LENGTH = 80;

export interface ClassView {
  readonly id: string;
  readonly name: string;
  /** Six characters for students to type at /join (or in the join link). */
  readonly joinCode: string;
  readonly lessons: readonly { readonly slug: string; readonly title: string }[];
  /** The last day of the class (YYYY-MM-DD, school time zone). */
  readonly endsOn: string;
  /** The day its data is deleted automatically (CLASS_RETENTION_DAYS after the end date). */
  readonly deletesOn: string;
  readonly createdAt: Date;
}

export interface ClassSummary extends ClassView {
  readonly students: number;
}

export interface NewClass {
  readonly name: string;
  /** Lesson slugs of the kit, in the order students should take them. */
  readonly lessons: readonly string[];
  readonly endsOn: string;
}

export const createClass = guarded(
  async (classroom: Classroom, teacher: Teacher, input: NewClass): Promise<Result<ClassView>> => {
    const name = checkName(input.name, 'The class name', MAX_CLASS_NAME_LENGTH);
    if (!name.ok) return name;
    const lessons = checkLessons(classroom, input.lessons);
    if (!lessons.ok) return lessons;
    const endsOn = checkEndDate(classroom, input.endsOn);
    if (!endsOn.ok) return endsOn;
    // A clash with another class's join code is possible, if unlikely: draw again.
    for (let attempt = 0; attempt < 5; attempt++) {
      const row = await insertClass(classroom.database.db, {
        teacherId: teacher.id,
        name: name.value,
        joinCode: newCode(),
        lessons: lessons.value,
        endsOn: endsOn.value,
      });
      if (row) return ok(classView(classroom, row));
    }
    throw new Error('Could not draw a free join code in 5 attempts.');
  },
);

export const listClasses = guarded(
  async (classroom: Classroom, teacher: Teacher): Promise<Result<ClassSummary[]>> => {
    const rows = await classesOfTeacher(classroom.database.db, teacher.id);
    return ok(rows.map((row) => ({ ...classView(classroom, row), students: row.students })));
  },
);

export const getClass = guarded(
  async (classroom: Classroom, teacher: Teacher, classId: string): Promise<Result<ClassView>> => {
    const found = await teachersClass(classroom, teacher, classId);
    return found.ok ? ok(classView(classroom, found.value)) : found;
  },
);

/** Moves the end date (and so the automatic deletion); not to a day already past. */
export const setEndDate = guarded(
  async (
    classroom: Classroom,
    teacher: Teacher,
    classId: string,
    endsOn: string,
  ): Promise<Result<ClassView>> => {
    const found = await teachersClass(classroom, teacher, classId);
    if (!found.ok) return found;
    const day = checkEndDate(classroom, endsOn);
    if (!day.ok) return day;
    return classroom.database.db.transaction(async (tx) => {
      const row = await updateClass(tx, classId, { endsOn: day.value });
      await publish(tx, { kind: 'class-changed', classId });
      return ok(classView(classroom, row!));
    });
  },
);

/** A new join code, when the old one has leaked; students already in the class are not affected. */
export const rotateJoinCode = guarded(
  async (classroom: Classroom, teacher: Teacher, classId: string): Promise<Result<ClassView>> => {
    const found = await teachersClass(classroom, teacher, classId);
    if (!found.ok) return found;
    for (let attempt = 0; ; attempt++) {
      try {
        return await classroom.database.db.transaction(async (tx) => {
          const row = await updateClass(tx, classId, { joinCode: newCode() });
          await publish(tx, { kind: 'class-changed', classId });
          return ok(classView(classroom, row!));
        });
      } catch (error) {
        if (!isUniqueViolation(error) || attempt === 4) throw error;
      }
    }
  },
);

/** Deletes the class and every row of it: students, devices, events, locks, reviews. */
export const deleteClass = guarded(
  async (
    classroom: Classroom,
    teacher: Teacher,
    classId: string,
  ): Promise<Result<{ id: string; name: string }>> => {
    const found = await teachersClass(classroom, teacher, classId);
    if (!found.ok) return found;
    await classroom.database.db.transaction(async (tx) => {
      await publish(tx, { kind: 'class-deleted', classId });
      await deleteClassRow(tx, classId);
    });
    return ok({ id: classId, name: found.value.name });
  },
);

/** The link students open to join (also for the QR code): PUBLIC_URL, or the request's origin. */
export function joinLink(
  classroom: Pick<Classroom, 'config'>,
  requestOrigin: string,
  joinCode: string,
): string {
  return `${classroom.config.publicUrl ?? requestOrigin}/join?code=${joinCode}`;
}

export function classView(classroom: Classroom, row: Omit<ClassRow, 'teacherId'>): ClassView {
  return {
    id: row.id,
    name: row.name,
    joinCode: row.joinCode,
    lessons: lessonsOf(classroom, row.lessons),
    endsOn: row.endsOn,
    deletesOn: addDays(row.endsOn, classroom.config.retentionDays + 1),
    createdAt: row.createdAt,
  };
}

/** A class's lessons with their titles (a lesson since removed from the kit says so). */
export function lessonsOf(
  classroom: Classroom,
  slugs: readonly string[],
): { slug: string; title: string }[] {
  return slugs.map((slug) => ({
    slug,
    title: classroom.lessons.lesson(slug)?.frontmatter?.title ?? `${slug} (no longer in the kit)`,
  }));
}

function checkLessons(classroom: Classroom, lessons: unknown): Result<string[]> {
  if (!Array.isArray(lessons) || lessons.length === 0)
    return refuse('invalid', 'Choose at least one lesson for the class.');
  if (lessons.length > MAX_LESSONS_PER_CLASS)
    return refuse('invalid', `A class can have at most ${MAX_LESSONS_PER_CLASS} lessons.`);
  const known = classroom.lessons.lessons().map((l) => l.slug);
  const unknown = lessons.find((slug) => typeof slug !== 'string' || !known.includes(slug));
  if (unknown !== undefined)
    return refuse(
      'invalid',
      `There is no lesson “${String(unknown)}” in the kit; the lessons are: ${known.join(', ')}.`,
    );
  return ok([...new Set(lessons as string[])]);
}

/** The end dates a class may have now: today to a year ahead, in the school's time zone (forms offer these). */
export function endDateRange(classroom: Pick<Classroom, 'config' | 'now'>): {
  min: string;
  max: string;
} {
  const today = todayIn(classroom.config.timeZone, classroom.now());
  return { min: today, max: addDays(today, MAX_CLASS_DAYS) };
}

function checkEndDate(classroom: Classroom, endsOn: unknown): Result<string> {
  if (!isDay(endsOn))
    return refuse('invalid', 'The end date is not a date: write it as YYYY-MM-DD.');
  const { min: today, max } = endDateRange(classroom);
  if (endsOn < today)
    return refuse('invalid', `The end date ${endsOn} has passed (today is ${today}).`);
  if (endsOn > max)
    return refuse(
      'invalid',
      `The end date ${endsOn} is more than a year away: a class runs for a year at most.`,
    );
  return ok(endsOn);
}

/**
 * The teacher's copy of one class (JSON lines: the class, its students, events, locks and reviews),
 * to keep before deleting it. Not importable: `npm run class -- export` is the backup.
 */
export const exportClass = guarded(
  async (
    classroom: Classroom,
    teacher: Teacher,
    classId: string,
    write: (line: string) => void | Promise<void>,
  ): Promise<Result<{ rows: number }>> => {
    const found = await teachersClass(classroom, teacher, classId);
    if (!found.ok) return found;
    return ok({
      rows: await exportData(classroom.database.db, write, { classId, now: classroom.now() }),
    });
  },
);
