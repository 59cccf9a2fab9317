/** A new join code for the class (the old one has leaked); students in the class stay in. */
import { rotateJoinCode } from '@sayswho/classroom';
import { teacherRoute } from '@/lib/teacher-class/teacher-route';

export const POST = teacherRoute<{ classId: string }>(({ classroom, teacher, params }) =>
  rotateJoinCode(classroom, teacher, params.classId),
);
