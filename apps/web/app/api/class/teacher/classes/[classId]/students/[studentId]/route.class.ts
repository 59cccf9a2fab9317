/** One student of the class: rename them, or remove them and all their work. */
import { removeStudent, renameStudent } from '@sayswho/classroom';
import { textField } from '@/lib/class-server/read-body';
import { teacherRoute, teacherWrite } from '@/lib/teacher-class/teacher-route';

type Params = { classId: string; studentId: string };

export const PATCH = teacherWrite<Params>(({ classroom, teacher, params }, body) =>
  renameStudent(classroom, teacher, { ...params, name: textField(body, 'name') }),
);

export const DELETE = teacherRoute<Params>(({ classroom, teacher, params }) =>
  removeStudent(classroom, teacher, params),
);
