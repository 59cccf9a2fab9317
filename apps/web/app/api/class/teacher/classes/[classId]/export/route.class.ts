/**
 * The teacher's copy of a class before deleting it: JSON lines (the class, its students, events,
 * locks and reviews) as a download named after the class and today's date.
 */
import { exportClass, ok } from '@sayswho/classroom';
import { download } from '@/lib/teacher-class/download';
import { teacherRoute } from '@/lib/teacher-class/teacher-route';

export const GET = teacherRoute<{ classId: string }>(({ classroom, teacher, params }) =>
  download(classroom, teacher, params.classId, {
    ending: '.jsonl',
    contentType: 'application/x-ndjson; charset=utf-8',
    body: async () => {
      // A class's data is a few megabytes at most: read whole, so a refusal still gets its status.
      const lines: string[] = [];
      const done = await exportClass(classroom, teacher, params.classId, (line) => {
        lines.push(`${line}\n`);
      });
      return done.ok ? ok(lines.join('')) : done;
    },
  }),
);
