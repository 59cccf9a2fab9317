/** The class's results: each student's progress, each exercise across the class, the hardest items. */
import { classResults } from '@sayswho/classroom';
import { teacherRoute } from '@/lib/teacher-class/teacher-route';

export const GET = teacherRoute<{ classId: string }>(({ classroom, teacher, params }) =>
  classResults(classroom, teacher, params.classId),
);
