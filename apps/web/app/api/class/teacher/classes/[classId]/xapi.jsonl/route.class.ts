/** `xapi.jsonl`: one pseudonymous xAPI 1.0.3 statement per Check, for a school's Learning Record Store. */
import { exportXapi } from '@sayswho/classroom';
import { requestOrigin } from '@/lib/class-server/request-origin';
import { download } from '@/lib/teacher-class/download';
import { teacherRoute } from '@/lib/teacher-class/teacher-route';

export const GET = teacherRoute<{ classId: string }>(({ classroom, teacher, params, request }) =>
  download(classroom, teacher, params.classId, {
    ending: '-xapi.jsonl',
    contentType: 'application/x-ndjson; charset=utf-8',
    body: () =>
      exportXapi(
        classroom,
        teacher,
        params.classId,
        requestOrigin(request, classroom.config.trustProxy),
      ),
  }),
);
