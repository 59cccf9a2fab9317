/**
 * Signing out (the button on the teacher pages): the session ends on the server and the cookie
 * is cleared. Only the kit's own pages may ask (403 otherwise: no other site signs a teacher
 * out). Without a session there is nothing to end, and the answer is the same 303.
 */
import { signOut } from '@sayswho/classroom';
import type { NextRequest } from 'next/server';
import { answer } from '@/lib/class-server/answer';
import { anyone, TEACHER_COOKIE } from '@/lib/class-server/who-is-asking';
import { seeOther, servedOverHttps, withSession } from '@/lib/teacher-class/session-cookie';

export async function POST(request: NextRequest): Promise<Response> {
  const asking = anyone(request);
  if (!asking.ok) return answer(asking);
  const { classroom } = asking.value;
  const session = request.cookies.get(TEACHER_COOKIE)?.value;
  // If the database cannot end it now, the cookie still goes: without it the session is
  // unreachable, and it expires on the server within its 30 days.
  if (session) await signOut(classroom, session);
  return withSession(seeOther('/teacher'), null, servedOverHttps(request, classroom.config));
}
