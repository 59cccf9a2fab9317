/** A teacher's classes: the list (with student counts), and a new class (201). */
import { createClass, listClasses } from '@sayswho/classroom';
import { textField } from '@/lib/class-server/read-body';
import { teacherRoute, teacherWrite } from '@/lib/teacher-class/teacher-route';

export const GET = teacherRoute(({ classroom, teacher }) => listClasses(classroom, teacher));

export const POST = teacherWrite(
  ({ classroom, teacher }, body) =>
    createClass(classroom, teacher, {
      name: textField(body, 'name'),
      // The service checks the list and each slug against the kit.
      lessons: body.lessons as string[],
      endsOn: textField(body, 'endsOn'),
    }),
  201,
);
