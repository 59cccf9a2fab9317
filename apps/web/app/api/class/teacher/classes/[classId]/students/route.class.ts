/** The class's roster: names told apart ("Sam (2)"), join times, devices, rejoin codes. */
import { getRoster } from '@sayswho/classroom';
import { teacherRoute } from '@/lib/teacher-class/teacher-route';

export const GET = teacherRoute<{ classId: string }>(({ classroom, teacher, params }) =>
  getRoster(classroom, teacher, params.classId),
);
