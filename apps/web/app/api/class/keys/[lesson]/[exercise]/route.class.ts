/**
 * An exercise's key in a class: only when the lesson's policy lets the student see it (after their
 * Checks, judged on the server), so the answer is not a public address away. Otherwise 403 with why.
 */
import { exerciseKeyForStudent } from '@sayswho/classroom';
import { studentExerciseRoute } from '@/lib/class-server/student-exercise-route';

export const GET = studentExerciseRoute(exerciseKeyForStudent);
