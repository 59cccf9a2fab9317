/** The teacher's verdict and comment on a student's rewrite; it reaches the student's device. */
import { reviewRewrite, type ReviewVerdict } from '@sayswho/classroom';
import { textField } from '@/lib/class-server/read-body';
import { teacherWrite } from '@/lib/teacher-class/teacher-route';

export const POST = teacherWrite<{ classId: string }>(({ classroom, teacher, params }, body) =>
  reviewRewrite(classroom, teacher, {
    classId: params.classId,
    eventId: textField(body, 'eventId'),
    // The service accepts only the verdicts it knows.
    verdict: textField(body, 'verdict') as ReviewVerdict,
    comment: textField(body, 'comment'),
  }),
);
