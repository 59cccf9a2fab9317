/**
 * Who is asking: the first thing every class route handler does. Each function finds the running
 * classroom (503 while it starts or its database is down), refuses a write that does not come
 * from the kit's own pages (403, before anything else is looked at), then says who is asking:
 * anyone, a student's device (bearer token) or a signed-in teacher (the session cookie).
 */
import {
  clientAddress,
  currentClassroom,
  isSameOrigin,
  ok,
  studentFromDevice,
  teacherFromSession,
  type Result,
  type RunningClassroom,
  type Student,
  type Teacher,
} from '@sayswho/classroom';
import type { NextRequest } from 'next/server';
import { PEER_ADDRESS_HEADER } from './peer-address';
import { requestOrigin } from './request-origin';

/** The teacher's session cookie (HttpOnly, SameSite=Lax, Path=/; Secure on https). */
export const TEACHER_COOKIE = 'sayswho_teacher';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The running classroom, for anyone; a write only from the kit's own origin. */
export function anyone(request: Request): Result<{ classroom: RunningClassroom }> {
  const running = currentClassroom();
  if (!running.ok) return running;
  const classroom = running.value;
  if (!READS.has(request.method)) {
    const sameOrigin = isSameOrigin(
      {
        origin: request.headers.get('origin'),
        secFetchSite: request.headers.get('sec-fetch-site'),
        requestOrigin: requestOrigin(request, classroom.config.trustProxy),
      },
      classroom.config.publicUrl,
    );
    if (!sameOrigin.ok) return sameOrigin;
  }
  return ok({ classroom });
}

/** A student's device: `Authorization: Bearer <deviceToken>` (401 unknown, 410 removed). */
export async function student(
  request: Request,
): Promise<Result<{ classroom: RunningClassroom; student: Student }>> {
  const asking = anyone(request);
  if (!asking.ok) return asking;
  const { classroom } = asking.value;
  const found = await studentFromDevice(classroom, request.headers.get('authorization'));
  return found.ok ? ok({ classroom, student: found.value }) : found;
}

/** A signed-in teacher: the `sayswho_teacher` cookie (401 `signed-out` otherwise). */
export async function teacher(
  request: NextRequest,
): Promise<Result<{ classroom: RunningClassroom; teacher: Teacher }>> {
  const asking = anyone(request);
  if (!asking.ok) return asking;
  const { classroom } = asking.value;
  const found = await teacherFromSession(classroom, request.cookies.get(TEACHER_COOKIE)?.value);
  return found.ok ? ok({ classroom, teacher: found.value }) : found;
}

/** The client address the join rate limits count (TRUST_PROXY decides which one). */
export function addressOf(request: Request, classroom: RunningClassroom): string {
  return clientAddress(
    request.headers.get('x-forwarded-for'),
    classroom.config.trustProxy,
    request.headers.get(PEER_ADDRESS_HEADER),
  );
}
