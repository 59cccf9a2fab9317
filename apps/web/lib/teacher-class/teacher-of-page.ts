/**
 * Who is looking at a teacher page: server components read the session cookie and ask the
 * classroom directly (no round trip through the routes). Changes still go through the routes,
 * which check the origin of every write.
 */
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import {
  currentClassroom,
  teacherFromSession,
  type ClassConfig,
  type RunningClassroom,
  type Teacher,
} from '@sayswho/classroom';
import { TEACHER_COOKIE } from '@/lib/class-server/who-is-asking';

export type TeacherOfPage =
  | { readonly state: 'signed-in'; readonly classroom: RunningClassroom; readonly teacher: Teacher }
  | { readonly state: 'signed-out' }
  /** The database is starting or down: say so rather than pretend the teacher is signed out. */
  | { readonly state: 'unavailable'; readonly reason: string };

/** Once per request (the page and its metadata both ask). */
export const teacherOfPage = cache(async (): Promise<TeacherOfPage> => {
  // Cookies first: reading them makes the page render on each request, never at build time
  // (when no classroom runs and the page would be frozen as "unavailable").
  const session = (await cookies()).get(TEACHER_COOKIE)?.value;
  const classroom = currentClassroom();
  if (!classroom.ok) return { state: 'unavailable', reason: classroom.reason };
  const teacher = await teacherFromSession(classroom.value, session);
  if (teacher.ok) return { state: 'signed-in', classroom: classroom.value, teacher: teacher.value };
  return teacher.code === 'unavailable'
    ? { state: 'unavailable', reason: teacher.reason }
    : { state: 'signed-out' };
});

/**
 * The origin this page was asked for, for join links when PUBLIC_URL is not set: the Host header
 * as sent, and the scheme a trusted proxy reports (TRUST_PROXY), as the routes' origin check does.
 */
export async function pageOrigin(config: Pick<ClassConfig, 'trustProxy'>): Promise<string> {
  const h = await headers();
  const forwarded = config.trustProxy > 0 ? h.get('x-forwarded-proto') : null;
  return `${forwarded?.split(',')[0]?.trim() || 'http'}://${h.get('host') ?? 'localhost'}`;
}
