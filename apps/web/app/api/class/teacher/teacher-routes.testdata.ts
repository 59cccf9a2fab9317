/**
 * What the teacher routes' tests share: two signed-in teachers, a class of Ms Rivera's with two
 * students and a rewrite to review, and a way to call any route handler as a browser would.
 */
import type { Classroom } from '@sayswho/classroom';
import {
  aClass,
  aStudent,
  anEvent,
  batch,
  exerciseOf,
  kitLessons,
  value,
} from '@sayswho/classroom/testing';
import { recordEvents } from '@sayswho/classroom';
import type { NextRequest } from 'next/server';
import { classRequest, params, type RequestParts } from '@/lib/class-server/testing/requests';
import { aSignedInTeacher } from '@/lib/class-server/testing/signed-in-teacher';

export type RouteHandler = (
  request: NextRequest,
  context: { params: Promise<never> },
) => Promise<Response>;

/** Calls a route handler with a request the kit's own page would send, changed by `parts`. */
export function callRoute(
  handler: unknown,
  path: string,
  routeParams: Record<string, string>,
  parts: RequestParts = {},
): Promise<Response> {
  return (handler as RouteHandler)(classRequest(path, parts), params(routeParams) as never);
}

export const LESSON = 'battered-or-clobbered';
export const lesson = () => kitLessons().find((l) => l.slug === LESSON)!;

export async function aTeachersClass(classroom: Classroom) {
  const rivera = await aSignedInTeacher(classroom, 'Ms Rivera');
  const okafor = await aSignedInTeacher(classroom, 'Mr Okafor');
  const klass = await aClass(classroom, rivera.teacher, [LESSON, 'who-says-so']);
  const sam = await aStudent(classroom, klass, 'Sam');
  const ana = await aStudent(classroom, klass, 'Ana');
  const rewrite = anEvent(lesson(), exerciseOf(lesson(), 'rewrite'), 'check', {
    type: 'rewrite',
    text: 'The Ukrainians were hit hard.',
  });
  value(await recordEvents(classroom, sam.student, batch(rewrite)));
  return { rivera, okafor, klass, sam, ana, rewriteId: rewrite.id };
}
