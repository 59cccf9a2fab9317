/**
 * Students join a class with its code and a first name or nickname, and get a device token (kept
 * in the device's storage, sent with every request). From another device they join again with
 * the class code and the rejoin code their teacher shows them. A wrong code says so without
 * telling whether any class has it; guessing is held back by the rate limits.
 */
import type { Classroom } from '../classroom';
import { todayIn } from '../dates';
import { classByJoinCode, lockClassRow, type ClassRow } from '../db/queries/classes';
import type { Db } from '../db/open-database';
import {
  insertDevice,
  insertStudent,
  studentByRejoinCode,
  updateStudent,
} from '../db/queries/students';
import { publish } from '../live';
import { ok, refuse, type Refusal, type Result } from '../result';
import { hashToken, newCode, newToken, normaliseCode } from '../tokens';
import { guarded } from './guard';
import { checkName } from './names';
import { lessonsOf } from './teacher-classes';
import {
  addressBucket,
  classBucket,
  count,
  forgetPastWindows,
  JOIN_RULES,
  overLimit,
} from './rate-limits';

export const MAX_NAME_LENGTH = 40;

export interface Joined {
  readonly student: { readonly id: string; readonly name: string };
  readonly class: {
    readonly id: string;
    readonly name: string;
    readonly lessons: readonly { readonly slug: string; readonly title: string }[];
  };
  /** Kept by the device and sent as `Authorization: Bearer …`; the server keeps only its hash. */
  readonly deviceToken: string;
}

export interface JoinInput {
  /** The class's join code, as typed (case and spaces do not matter). */
  readonly code: string;
  readonly name: string;
  /** The client's address (`clientAddress()`), for the rate limits; never stored as it is. */
  readonly address: string;
}

export interface RejoinInput {
  readonly code: string;
  readonly rejoinCode: string;
  readonly address: string;
}

export const joinClass = guarded(
  async (classroom: Classroom, input: JoinInput): Promise<Result<Joined>> => {
    const name = checkName(input.name, 'Your name', MAX_NAME_LENGTH);
    if (!name.ok) return name;
    const found = await findClass(classroom, input.code, input.address);
    if (!found.ok) return found;
    const klass = found.value;
    const { db } = classroom.database;
    const now = classroom.now();
    const joins = [
      classBucket(JOIN_RULES.joinsPerClass, klass.id, now),
      addressBucket(JOIN_RULES.joinsPerAddress, input.address, now),
    ];
    const limited = await overLimit(db, joins, now);
    if (limited) return limited;
    return db.transaction(async (tx) => {
      await lockClassRow(tx, klass.id);
      const student = await insertStudent(tx, {
        classId: klass.id,
        displayName: name.value,
        rejoinCode: await freeRejoinCode(tx, klass.id),
      });
      const deviceToken = await addDevice(tx, student.id);
      await count(tx, joins);
      await publish(tx, { kind: 'joined', classId: klass.id, studentId: student.id });
      return ok(
        joined(classroom, klass, { id: student.id, name: student.displayName }, deviceToken),
      );
    });
  },
);

/** Joining again from another device; the rejoin code then changes, so it works only once. */
export const rejoinClass = guarded(
  async (classroom: Classroom, input: RejoinInput): Promise<Result<Joined>> => {
    const found = await findClass(classroom, input.code, input.address);
    if (!found.ok) return found;
    const klass = found.value;
    const { db } = classroom.database;
    const now = classroom.now();
    const wrong = [
      classBucket(JOIN_RULES.wrongRejoinCodesPerClass, klass.id, now),
      addressBucket(JOIN_RULES.wrongCodesPerAddress, input.address, now),
    ];
    const joins = [
      classBucket(JOIN_RULES.joinsPerClass, klass.id, now),
      addressBucket(JOIN_RULES.joinsPerAddress, input.address, now),
    ];
    const limited = await overLimit(db, [...wrong, ...joins], now);
    if (limited) return limited;
    return db.transaction(async (tx) => {
      await lockClassRow(tx, klass.id);
      const student = await studentByRejoinCode(tx, klass.id, normaliseCode(input.rejoinCode));
      if (!student) {
        await count(tx, wrong);
        return refuse(
          'not-found',
          'That rejoin code is not one of this class’s: ask your teacher for yours.',
        );
      }
      await updateStudent(tx, student.id, { rejoinCode: await freeRejoinCode(tx, klass.id) });
      const deviceToken = await addDevice(tx, student.id);
      await count(tx, joins);
      await publish(tx, { kind: 'joined', classId: klass.id, studentId: student.id });
      return ok(
        joined(classroom, klass, { id: student.id, name: student.displayName }, deviceToken),
      );
    });
  },
);

/** The class of a join code, counting a wrong code against the address. */
async function findClass(
  classroom: Classroom,
  typed: string,
  address: string,
): Promise<Result<ClassRow>> {
  const { db } = classroom.database;
  const now = classroom.now();
  await forgetPastWindows(db, now);
  const wrongCodes = addressBucket(JOIN_RULES.wrongCodesPerAddress, address, now);
  const limited: Refusal | null = await overLimit(db, [wrongCodes], now);
  if (limited) return limited;
  const code = normaliseCode(typeof typed === 'string' ? typed : '');
  const klass = /^[A-Z0-9]{6}$/.test(code) ? await classByJoinCode(db, code) : null;
  if (!klass) {
    await count(db, [wrongCodes]);
    return refuse(
      'not-found',
      `No class has the code “${code.slice(0, 12)}”. Check the code your teacher shows.`,
    );
  }
  const today = todayIn(classroom.config.timeZone, now);
  if (klass.endsOn < today) return refuse('forbidden', `This class ended on ${klass.endsOn}.`);
  return ok(klass);
}

async function addDevice(tx: Db, studentId: string): Promise<string> {
  const token = newToken();
  await insertDevice(tx, studentId, hashToken(token));
  return token;
}

/** A rejoin code no other student of the class has (call holding the class row). */
async function freeRejoinCode(tx: Db, classId: string): Promise<string> {
  for (;;) {
    const code = newCode();
    if (!(await studentByRejoinCode(tx, classId, code))) return code;
  }
}

function joined(
  classroom: Classroom,
  klass: ClassRow,
  student: { id: string; name: string },
  deviceToken: string,
): Joined {
  return {
    student,
    class: {
      id: klass.id,
      name: klass.name,
      lessons: lessonsOf(classroom, klass.lessons),
    },
    deviceToken,
  };
}
