/** One of the teacher's classes: read it, move its end date, delete it (and every row of it). */
import { deleteClass, getClass, setEndDate } from '@sayswho/classroom';
import { textField } from '@/lib/class-server/read-body';
import { teacherRoute, teacherWrite } from '@/lib/teacher-class/teacher-route';

type Params = { classId: string };

export const GET = teacherRoute<Params>(({ classroom, teacher, params }) =>
  getClass(classroom, teacher, params.classId),
);

export const PATCH = teacherWrite<Params>(({ classroom, teacher, params }, body) =>
  setEndDate(classroom, teacher, params.classId, textField(body, 'endsOn')),
);

export const DELETE = teacherRoute<Params>(({ classroom, teacher, params }) =>
  deleteClass(classroom, teacher, params.classId),
);
