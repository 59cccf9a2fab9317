/**
 * The handler of a student's read about one exercise of their class (its key, its automatic
 * hints): `/api/class/<what>/[lesson]/[exercise]`, who is asking, then the one service.
 */
import type { ExerciseRef, Result, RunningClassroom, Student } from '@sayswho/classroom';
import { answer } from './answer';
import { student } from './who-is-asking';

export interface ExerciseParams {
  readonly params: Promise<{ lesson: string; exercise: string }>;
}

export function studentExerciseRoute<T>(
  service: (classroom: RunningClassroom, student: Student, ref: ExerciseRef) => Promise<Result<T>>,
) {
  return async function GET(request: Request, { params }: ExerciseParams): Promise<Response> {
    const asking = await student(request);
    if (!asking.ok) return answer(asking);
    const { lesson, exercise } = await params;
    return answer(
      await service(asking.value.classroom, asking.value.student, {
        lessonSlug: lesson,
        exerciseId: exercise,
      }),
    );
  };
}
