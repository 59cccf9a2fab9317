/** The automatic hints a student has asked for so far (one per hint event recorded past the lesson's own). */
import { automaticHintsForStudent } from '@sayswho/classroom';
import { studentExerciseRoute } from '@/lib/class-server/student-exercise-route';

export const GET = studentExerciseRoute(automaticHintsForStudent);
