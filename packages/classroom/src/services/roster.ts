/**
 * A class's students, for its teacher: the roster with rejoin codes, and rename, merge, remove.
 * Each change reaches the student's device through the live channel and its next sync.
 */
import { isUuid, teachersClass, type Teacher } from '../access';
import type { Classroom } from '../classroom';
import { moveEvents } from '../db/queries/events';
import {
  deleteStudent,
  moveDevices,
  rememberRemovedDevices,
  studentInClass,
  studentsOfClass,
  updateStudent,
} from '../db/queries/students';
import { publish } from '../live';
import { ok, refuse, type Result } from '../result';
import { guarded } from './guard';
import { MAX_NAME_LENGTH } from './join';
import { checkName } from './names';

export interface RosterStudent {
  readonly id: string;
  readonly name: string;
  /** The name, told apart from classmates of the same name by join order: "Sam", "Sam (2)". */
  readonly label: string;
  readonly joinOrder: number;
  /** What the student types to join again from another device (changes each time it is used). */
  readonly rejoinCode: string;
  readonly devices: number;
  readonly joinedAt: Date;
}

export const NO_SUCH_STUDENT = 'There is no such student in this class.';

export const getRoster = guarded(
  async (
    classroom: Classroom,
    teacher: Teacher,
    classId: string,
  ): Promise<Result<RosterStudent[]>> => {
    const found = await teachersClass(classroom, teacher, classId);
    if (!found.ok) return found;
    const rows = await studentsOfClass(classroom.database.db, classId);
    return ok(
      labelled(rows.map((r) => ({ ...r, name: r.displayName }))).map((r) => ({
        id: r.id,
        name: r.name,
        label: r.label,
        joinOrder: r.joinOrder,
        rejoinCode: r.rejoinCode,
        devices: r.devices,
        joinedAt: r.createdAt,
      })),
    );
  },
);

/** Labels students who share a name by their order among them: "Sam", "Sam (2)". */
export function labelled<T extends { name: string; joinOrder: number }>(
  students: readonly T[],
): (T & { label: string })[] {
  const key = (name: string) => name.toLocaleLowerCase();
  const sorted = [...students].sort((a, b) => a.joinOrder - b.joinOrder);
  const seen = new Map<string, number>();
  const labels = new Map<T, string>();
  for (const s of sorted) {
    const n = (seen.get(key(s.name)) ?? 0) + 1;
    seen.set(key(s.name), n);
    labels.set(s, n === 1 ? s.name : `${s.name} (${n})`);
  }
  return students.map((s) => ({ ...s, label: labels.get(s)! }));
}

export const renameStudent = guarded(
  async (
    classroom: Classroom,
    teacher: Teacher,
    input: { classId: string; studentId: string; name: string },
  ): Promise<Result<{ id: string; name: string }>> => {
    const name = checkName(input.name, 'The name', MAX_NAME_LENGTH);
    if (!name.ok) return name;
    return inClass(classroom, teacher, input.classId, [input.studentId], async (tx) => {
      await updateStudent(tx, input.studentId, { displayName: name.value });
      await publish(tx, { kind: 'renamed', classId: input.classId, studentId: input.studentId });
      return ok({ id: input.studentId, name: name.value });
    });
  },
);

/**
 * Merges two records of one student (joined twice by mistake): every event and device of
 * `fromStudentId` becomes `intoStudentId`'s, and the first record is removed. A device of the
 * first then belongs to the second (its next sync shows the new name and id).
 */
export const mergeStudents = guarded(
  async (
    classroom: Classroom,
    teacher: Teacher,
    input: { classId: string; fromStudentId: string; intoStudentId: string },
  ): Promise<Result<{ id: string }>> => {
    if (input.fromStudentId === input.intoStudentId)
      return refuse('invalid', 'A student cannot be merged into themselves: choose two students.');
    return inClass(
      classroom,
      teacher,
      input.classId,
      [input.fromStudentId, input.intoStudentId],
      async (tx) => {
        await moveEvents(tx, input.fromStudentId, input.intoStudentId);
        await moveDevices(tx, input.fromStudentId, input.intoStudentId);
        await deleteStudent(tx, input.fromStudentId);
        await publish(tx, {
          kind: 'merged',
          classId: input.classId,
          studentId: input.fromStudentId,
          intoStudentId: input.intoStudentId,
        });
        return ok({ id: input.intoStudentId });
      },
    );
  },
);

/** Removes a student and every event of theirs; their devices are told so, and keep their work. */
export const removeStudent = guarded(
  async (
    classroom: Classroom,
    teacher: Teacher,
    input: { classId: string; studentId: string },
  ): Promise<Result<{ id: string }>> =>
    inClass(classroom, teacher, input.classId, [input.studentId], async (tx) => {
      await rememberRemovedDevices(tx, input.classId, input.studentId);
      await deleteStudent(tx, input.studentId);
      await publish(tx, { kind: 'removed', classId: input.classId, studentId: input.studentId });
      return ok({ id: input.studentId });
    }),
);

/** Runs `change` in a transaction once the class is the teacher's and every student is in it. */
async function inClass<T>(
  classroom: Classroom,
  teacher: Teacher,
  classId: string,
  studentIds: readonly string[],
  change: (tx: Classroom['database']['db']) => Promise<Result<T>>,
): Promise<Result<T>> {
  const found = await teachersClass(classroom, teacher, classId);
  if (!found.ok) return found;
  return classroom.database.db.transaction(async (tx) => {
    for (const id of studentIds) {
      if (!isUuid(id) || !(await studentInClass(tx, classId, id)))
        return refuse('not-found', NO_SUCH_STUDENT);
    }
    return change(tx);
  });
}
