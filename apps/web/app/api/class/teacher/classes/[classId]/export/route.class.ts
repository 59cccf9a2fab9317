/**
 * The teacher's copy of a class before deleting it: JSON lines (the class, its students, events,
 * locks and reviews) as a download named after the class and today's date.
 */
import { endDateRange, exportClass, getClass } from '@sayswho/classroom';
import { NO_STORE } from '@/lib/class-server/answer';
import { exportFileName } from '@/lib/teacher-class/export-file-name';
import { teacherRoute } from '@/lib/teacher-class/teacher-route';

export const GET = teacherRoute<{ classId: string }>(async ({ classroom, teacher, params }) => {
  const klass = await getClass(classroom, teacher, params.classId);
  if (!klass.ok) return klass;
  // A class's data is a few megabytes at most: read whole, so a refusal still gets its status.
  const lines: string[] = [];
  const done = await exportClass(classroom, teacher, params.classId, (line) => {
    lines.push(`${line}\n`);
  });
  if (!done.ok) return done;
  const name = exportFileName(klass.value.name, endDateRange(classroom).min);
  return new Response(lines.join(''), {
    headers: {
      ...NO_STORE,
      'Content-Type': 'application/x-ndjson; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
    },
  });
});
