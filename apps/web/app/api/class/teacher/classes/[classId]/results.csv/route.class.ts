/** `results.csv`: one row per student and exercise, with names (see the README's Privacy section). */
import { exportResultsCsv } from '@sayswho/classroom';
import { download } from '@/lib/teacher-class/download';
import { teacherRoute } from '@/lib/teacher-class/teacher-route';

export const GET = teacherRoute<{ classId: string }>(({ classroom, teacher, params }) =>
  download(classroom, teacher, params.classId, {
    ending: '-results.csv',
    contentType: 'text/csv; charset=utf-8; header=present',
    body: () => exportResultsCsv(classroom, teacher, params.classId),
  }),
);
