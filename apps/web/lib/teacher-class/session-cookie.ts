/**
 * The teacher's session cookie on a response: HttpOnly (no script reads it), SameSite=Lax (sent
 * when the teacher follows a link to the kit, never with another site's writes), Path=/, and
 * Secure when the kit is served over https (a school LAN on plain http must still work).
 */
import type { ClassConfig } from '@sayswho/classroom';
import { NextResponse, type NextRequest } from 'next/server';
import { NO_STORE } from '@/lib/class-server/answer';
import { TEACHER_COOKIE } from '@/lib/class-server/who-is-asking';

/** Whether the teacher's browser sees https: PUBLIC_URL says, else a trusted proxy, else the request. */
export function servedOverHttps(
  request: NextRequest,
  config: Pick<ClassConfig, 'publicUrl' | 'trustProxy'>,
): boolean {
  if (config.publicUrl) return config.publicUrl.startsWith('https:');
  const forwarded = config.trustProxy > 0 ? request.headers.get('x-forwarded-proto') : null;
  const scheme = forwarded?.split(',')[0]?.trim() || request.nextUrl.protocol.replace(':', '');
  return scheme === 'https';
}

/**
 * A 303 to a page of the kit. The Location stays relative: Next's `request.url` names
 * 127.0.0.1 "localhost", and a redirect to another host would leave the new cookie behind.
 */
export function seeOther(path: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { ...NO_STORE, Location: path } });
}

export function withSession(
  response: NextResponse,
  session: { token: string; expires: Date } | null,
  secure: boolean,
): NextResponse {
  response.cookies.set(TEACHER_COOKIE, session?.token ?? '', {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure,
    // An empty value that expired long ago is how a cookie is cleared.
    expires: session?.expires ?? new Date(0),
  });
  return response;
}
