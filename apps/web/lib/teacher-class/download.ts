/**
 * A teacher's download of a class's file: named after the class and today (in the school's
 * zone), never cached (it holds students' work).
 */
import {
  endDateRange,
  getClass,
  type Result,
  type RunningClassroom,
  type Teacher,
} from '@sayswho/classroom';
import { NO_STORE } from '@/lib/class-server/answer';
import { exportFileName } from './export-file-name';

export async function download(
  classroom: RunningClassroom,
  teacher: Teacher,
  classId: string,
  file: { ending: string; contentType: string; body: () => Promise<Result<string>> },
): Promise<Result<unknown> | Response> {
  const klass = await getClass(classroom, teacher, classId);
  if (!klass.ok) return klass;
  const body = await file.body();
  if (!body.ok) return body;
  const name = exportFileName(klass.value.name, endDateRange(classroom).min, file.ending);
  return new Response(body.value, {
    headers: {
      ...NO_STORE,
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${name}"`,
    },
  });
}
