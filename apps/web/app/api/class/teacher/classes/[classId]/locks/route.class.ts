/** Locks an exercise of the class (students may look, not Check) or unlocks it. */
import { lockExercise, refuse, unlockExercise } from '@sayswho/classroom';
import { textField } from '@/lib/class-server/read-body';
import { teacherWrite } from '@/lib/teacher-class/teacher-route';

export const POST = teacherWrite<{ classId: string }>(
  async ({ classroom, teacher, params }, body) => {
    const ref = {
      lessonSlug: textField(body, 'lessonSlug'),
      exerciseId: textField(body, 'exerciseId'),
    };
    if (typeof body.locked !== 'boolean')
      return refuse(
        'invalid',
        'Say whether the exercise is to be locked: "locked": true or false.',
      );
    return (body.locked ? lockExercise : unlockExercise)(classroom, teacher, params.classId, ref);
  },
);
