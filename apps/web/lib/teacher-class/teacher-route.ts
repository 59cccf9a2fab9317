/**
 * The shape of every teacher route handler, so each route file is one line of what it does:
 * the origin check on writes and the session (`teacher`, 401 otherwise), the route's params,
 * the JSON body when there is one (400/413 before any service runs), then one service, whose
 * `Result` becomes the answer. A class that is not the teacher's is the service's 404.
 */
import type { Result, RunningClassroom, Teacher } from '@sayswho/classroom';
import type { NextRequest } from 'next/server';
import { answer } from '@/lib/class-server/answer';
import { readJsonObject } from '@/lib/class-server/read-body';
import { teacher } from '@/lib/class-server/who-is-asking';

export interface TeacherAsking<P> {
  readonly classroom: RunningClassroom;
  readonly teacher: Teacher;
  readonly params: P;
  readonly request: NextRequest;
}

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;

/** A route a signed-in teacher calls; `handle` answers a `Result` or a whole `Response`. */
export function teacherRoute<P = Record<string, never>>(
  handle: (asking: TeacherAsking<P>) => Promise<Result<unknown> | Response>,
  successStatus = 200,
): Handler<P> {
  return async (request, context) => {
    const asking = await teacher(request);
    if (!asking.ok) return answer(asking);
    const out = await handle({ ...asking.value, params: await context.params, request });
    return out instanceof Response ? out : answer(out, successStatus);
  };
}

/** The same, for a write with a JSON object body. */
export function teacherWrite<P = Record<string, never>>(
  handle: (asking: TeacherAsking<P>, body: Record<string, unknown>) => Promise<Result<unknown>>,
  successStatus = 200,
): Handler<P> {
  return teacherRoute<P>(async (asking) => {
    const body = await readJsonObject(asking.request);
    return body.ok ? handle(asking, body.value) : body;
  }, successStatus);
}
