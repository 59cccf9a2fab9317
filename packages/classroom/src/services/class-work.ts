/**
 * Everything a class's results and exports are made from, read once: its students, its lessons'
 * exercises as the kit has them now, its events grouped per student and exercise, and the
 * reviews of its rewrites. Only the class's own teacher gets it.
 */
import type { RecordedEvent } from '@sayswho/core/class-results';
import type { ExerciseSpec } from '@sayswho/lessons';
import { teachersClass, type Teacher } from '../access';
import type { Classroom, ClassLesson } from '../classroom';
import {
  resultEventsOfClass,
  reviewsOfClass,
  type ClassReviewRow,
  type ResultEventRow,
} from '../db/queries/results';
import { studentsOfClass } from '../db/queries/students';
import { ok, type Result } from '../result';
import { labelled } from './roster';

export interface WorkStudent {
  readonly id: string;
  readonly name: string;
  /** Told apart from classmates of the same name: "Sam (2)". */
  readonly label: string;
  readonly joinedAt: Date;
}

export interface ClassExercise {
  readonly lesson: ClassLesson;
  readonly exercise: ExerciseSpec;
}

export interface ClassWork {
  readonly classId: string;
  readonly students: readonly WorkStudent[];
  /** The class's lessons in the teacher's order, each lesson's exercises in its own order. */
  readonly exercises: readonly ClassExercise[];
  /** Per student, their events in the order the server received them. */
  readonly eventsOf: (studentId: string) => readonly ResultEventRow[];
  /** One student's events of one exercise, in the order received. */
  readonly eventsOn: (studentId: string, ref: ClassExercise) => readonly ResultEventRow[];
  readonly reviewOf: (eventId: string) => ClassReviewRow | undefined;
}

export async function readClassWork(
  classroom: Classroom,
  teacher: Teacher,
  classId: string,
): Promise<Result<ClassWork>> {
  const found = await teachersClass(classroom, teacher, classId);
  if (!found.ok) return found;
  const db = classroom.database.db;
  const [students, rows, reviews] = await Promise.all([
    studentsOfClass(db, classId),
    resultEventsOfClass(db, classId),
    reviewsOfClass(db, classId),
  ]);
  const byStudent = groupBy(rows, (r) => r.studentId);
  const byExercise = groupBy(rows, (r) => exerciseKey(r.studentId, r.lessonSlug, r.exerciseId));
  const reviewsById = new Map(reviews.map((r) => [r.eventId, r]));
  const exercises = found.value.lessons.flatMap((slug) => {
    const lesson = classroom.lessons.lesson(slug);
    return lesson ? lesson.exercises.map((exercise) => ({ lesson, exercise })) : [];
  });
  return ok({
    classId,
    students: labelled(students.map((s) => ({ ...s, name: s.displayName }))).map((s) => ({
      id: s.id,
      name: s.name,
      label: s.label,
      joinedAt: s.createdAt,
    })),
    exercises,
    eventsOf: (studentId) => byStudent.get(studentId) ?? [],
    eventsOn: (studentId, ref) =>
      byExercise.get(exerciseKey(studentId, ref.lesson.slug, ref.exercise.id)) ?? [],
    reviewOf: (eventId) => reviewsById.get(eventId),
  });
}

/** An event as the core's results read it. */
export function recordedEvent(row: ResultEventRow): RecordedEvent {
  return {
    kind: row.kind,
    at: row.deviceAt,
    answer: row.answer,
    attempt: row.kind === 'check' && row.counted ? { score: row.score } : null,
  };
}

function exerciseKey(studentId: string, lessonSlug: string, exerciseId: string): string {
  return JSON.stringify([studentId, lessonSlug, exerciseId]);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
