/**
 * The authoring routes' common steps: only a teacher at this machine (teacherHere), a JSON body
 * that the route's schema accepts (400 with each field's problem otherwise), and the checked
 * save's answer: 200 with what was written, or 422 with the problems `npm run check` would print.
 */
import { z } from 'zod';
import { answer } from '@/lib/class-server/answer';
import { readJsonObject } from '@/lib/class-server/read-body';
import { refuse } from '@sayswho/classroom/result';
import type { Checked } from './checked-write';
import { teacherHere } from './teacher-here';

/** An article of 100 000 characters, as JSON, with room to spare. */
const AUTHORING_BODY_BYTES = 512 * 1024;

export function authoringRoute<Schema extends z.ZodType, T>(
  schema: Schema,
  save: (input: z.infer<Schema>) => Checked<T>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const here = teacherHere(request);
    if (!here.ok) return answer(here);
    const body = await readJsonObject(request, AUTHORING_BODY_BYTES);
    if (!body.ok) return answer(body);
    const input = schema.safeParse(body.value);
    if (!input.success) {
      const reason = input.error.issues
        .map((issue) => `${issue.path.join('.') || 'request'}: ${issue.message}`)
        .join('; ');
      return answer(refuse('invalid', reason));
    }
    const saved = save(input.data);
    if (!saved.ok) return Response.json({ problems: saved.problems }, { status: 422 });
    return answer(saved);
  };
}
