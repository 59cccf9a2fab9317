/**
 * The device's outbox arrives here: a batch of events, each recorded once (ids are made on the
 * device) and answered one by one. The service reads the body itself, as text, within its limits.
 */
import { recordEvents } from '@sayswho/classroom';
import { CLASS_EVENT_LIMITS } from '@sayswho/core/class-event';
import { answer } from '@/lib/class-server/answer';
import { readText } from '@/lib/class-server/read-body';
import { student } from '@/lib/class-server/who-is-asking';

export async function POST(request: Request): Promise<Response> {
  const asking = await student(request);
  if (!asking.ok) return answer(asking);
  const body = await readText(request, CLASS_EVENT_LIMITS.batchBytes);
  if (!body.ok) return answer(body);
  return answer(await recordEvents(asking.value.classroom, asking.value.student, body.value));
}
