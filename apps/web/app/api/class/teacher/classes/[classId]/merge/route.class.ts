/** Merges a student who joined twice into their other record (work and devices move). */
import { mergeStudents } from '@sayswho/classroom';
import { textField } from '@/lib/class-server/read-body';
import { teacherWrite } from '@/lib/teacher-class/teacher-route';

export const POST = teacherWrite<{ classId: string }>(({ classroom, teacher, params }, body) =>
  mergeStudents(classroom, teacher, {
    classId: params.classId,
    fromStudentId: textField(body, 'fromStudentId'),
    intoStudentId: textField(body, 'intoStudentId'),
  }),
);
