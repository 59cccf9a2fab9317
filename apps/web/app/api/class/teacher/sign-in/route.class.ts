/**
 * The sign-in link a teacher opens (`npm run class -- add-teacher` / `teacher-link` prints it):
 * the link is used up, the session cookie set, and the teacher lands on /teacher. A used or
 * expired link lands there too, which then says so and how to get a new one.
 */
import { signIn } from '@sayswho/classroom';
import type { NextRequest } from 'next/server';
import { anyone } from '@/lib/class-server/who-is-asking';
import { seeOther, servedOverHttps, withSession } from '@/lib/teacher-class/session-cookie';

export async function GET(request: NextRequest): Promise<Response> {
  const asking = anyone(request);
  // Class mode is starting or down: /teacher says so, and the link is not used up.
  if (!asking.ok) return seeOther('/teacher');
  const { classroom } = asking.value;
  const signedIn = await signIn(classroom, {
    token: request.nextUrl.searchParams.get('token') ?? '',
  });
  if (!signedIn.ok)
    return seeOther(signedIn.code === 'signed-out' ? '/teacher?signin=expired' : '/teacher');
  return withSession(
    seeOther('/teacher'),
    { token: signedIn.value.sessionToken, expires: signedIn.value.expiresAt },
    servedOverHttps(request, classroom.config),
  );
}
