/**
 * The channel back to a student's device (server-sent events, read with fetch so it can send the
 * bearer header): their class's locks and changes, and what concerns them alone (renamed, merged,
 * removed, a review); never another student's.
 */
import { concernsStudent } from '@sayswho/classroom';
import { answer } from '@/lib/class-server/answer';
import { liveStream } from '@/lib/class-server/live-stream';
import { student } from '@/lib/class-server/who-is-asking';

export async function GET(request: Request): Promise<Response> {
  const asking = await student(request);
  if (!asking.ok) return answer(asking);
  const { classroom, student: me } = asking.value;
  return liveStream(request, classroom, me.classId, (message) => concernsStudent(message, me.id));
}
