/** Teachers, classes, students and events for the tests, made through the services themselves. */
import { randomUUID } from 'node:crypto';
import type { ClassEvent } from '@sayswho/core/class-event';
import type { StoredAnswer } from '@sayswho/core/quiz';
import type { ExerciseSpec } from '@sayswho/lessons';
import type { Student, Teacher } from '../access';
import { studentFromDevice } from '../access';
import type { Classroom, ClassLesson } from '../classroom';
import type { Result } from '../result';
import { joinClass } from '../services/join';
import { lockExercise } from '../services/locks';
import { removeStudent } from '../services/roster';
import { reviewRewrite } from '../services/reviews';
import { recordEvents } from '../services/sync';
import { createClass, type ClassView } from '../services/teacher-classes';
import { addTeacher, signIn } from '../services/teachers';

export function value<T>(result: Result<T>): T {
  if (!result.ok)
    throw new Error(`expected a value, got a refusal: ${result.status} ${result.reason}`);
  return result.value;
}

export async function aTeacher(classroom: Classroom, name = 'Ms Rivera'): Promise<Teacher> {
  return value(await addTeacher(classroom, { name, origin: 'http://localhost:3000' })).teacher;
}

export async function aClass(
  classroom: Classroom,
  teacher: Teacher,
  lessons: readonly string[] = ['who-says-so'],
  endsOn = '2025-06-30',
): Promise<ClassView> {
  return value(await createClass(classroom, teacher, { name: '8B Media', lessons, endsOn }));
}

export interface JoinedStudent {
  readonly student: Student;
  readonly token: string;
}

export async function aStudent(
  classroom: Classroom,
  klass: ClassView,
  name = 'Sam',
  address = '203.0.113.7',
): Promise<JoinedStudent> {
  const joined = value(await joinClass(classroom, { code: klass.joinCode, name, address }));
  const student = value(await studentFromDevice(classroom, `Bearer ${joined.deviceToken}`));
  return { student, token: joined.deviceToken };
}

export function exerciseOf(lesson: ClassLesson, type: ExerciseSpec['type']): ExerciseSpec {
  const found = lesson.exercises.find((e) => e.type === type);
  if (!found) throw new Error(`${lesson.slug} has no ${type} exercise`);
  return found;
}

/** An event as a device makes it. */
export function anEvent(
  lesson: ClassLesson,
  exercise: ExerciseSpec,
  kind: ClassEvent['kind'],
  answer?: StoredAnswer,
  change: Partial<ClassEvent> = {},
): ClassEvent {
  return {
    v: 1,
    id: randomUUID(),
    kind,
    lesson: { slug: lesson.slug, fingerprint: lesson.fingerprint },
    exerciseId: exercise.id,
    at: '2025-03-10T09:00:00.000Z',
    ...(answer ? { answer } : {}),
    ...change,
  };
}

export function batch(...events: readonly unknown[]): string {
  return JSON.stringify({ events });
}

/** A server's worth of class data: every table, every kind of event, text that is hard to carry. */
export async function aBusyServer(classroom: Classroom) {
  const link = value(await addTeacher(classroom, { name: 'Ms Rivera', origin: 'http://x' }));
  const session = value(
    await signIn(classroom, { token: new URL(link.url).searchParams.get('token')! }),
  );
  const teacher = session.teacher;
  await aTeacher(classroom, 'Mr Okafor');
  const klass = await aClass(classroom, teacher, ['battered-or-clobbered', 'who-says-so']);
  const lesson = classroom.lessons.lesson('battered-or-clobbered')!;
  const sam = await aStudent(classroom, klass, 'Sam 🦊 “Ö”');
  const gone = await aStudent(classroom, klass, 'Ana');
  const rewrite = anEvent(lesson, exerciseOf(lesson, 'rewrite'), 'check', {
    type: 'rewrite',
    text: 'Line one\nline “two” — ✓',
  });
  const spot = exerciseOf(lesson, 'spot');
  value(
    await recordEvents(
      classroom,
      sam.student,
      batch(
        rewrite,
        anEvent(
          lesson,
          spot,
          'answer',
          { type: 'spot', spans: [{ start: 3, end: 9 }] },
          { at: '2025-03-10T08:59:59.123+13:00' },
        ),
        anEvent(lesson, spot, 'check', { type: 'spot', spans: [{ start: 3, end: 9 }] }),
        anEvent(lesson, spot, 'hint', undefined, { imported: true }),
        anEvent(lesson, spot, 'show-answer'),
      ),
    ),
  );
  value(
    await reviewRewrite(classroom, teacher, {
      classId: klass.id,
      eventId: rewrite.id,
      verdict: 'fair',
      comment: 'Good — “plain”.',
    }),
  );
  value(
    await lockExercise(classroom, teacher, klass.id, {
      lessonSlug: lesson.slug,
      exerciseId: spot.id,
    }),
  );
  value(await removeStudent(classroom, teacher, { classId: klass.id, studentId: gone.student.id }));
  return { klass, sam, gone, sessionToken: session.sessionToken };
}
