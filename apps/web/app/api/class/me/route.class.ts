/** What a student's device needs to find its place: who they are, their class, locks and reviews. */
import { studentState } from '@sayswho/classroom';
import { answer } from '@/lib/class-server/answer';
import { student } from '@/lib/class-server/who-is-asking';

export async function GET(request: Request): Promise<Response> {
  const asking = await student(request);
  if (!asking.ok) return answer(asking);
  return answer(await studentState(asking.value.classroom, asking.value.student));
}
