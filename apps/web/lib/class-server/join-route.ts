/**
 * The handler of joining a class (by name, or again by rejoin code): anyone may ask, from the
 * kit's own pages; the body's text fields and the client address (for the rate limits) go to the
 * one service, which checks them.
 */
import type { Joined, Result, RunningClassroom } from '@sayswho/classroom';
import { answer } from './answer';
import { readJsonObject, textField } from './read-body';
import { addressOf, anyone } from './who-is-asking';

export function joinRoute<Field extends string>(
  fields: readonly Field[],
  service: (
    classroom: RunningClassroom,
    input: Record<Field, string> & { address: string },
  ) => Promise<Result<Joined>>,
) {
  return async function POST(request: Request): Promise<Response> {
    const asking = anyone(request);
    if (!asking.ok) return answer(asking);
    const body = await readJsonObject(request);
    if (!body.ok) return answer(body);
    const { classroom } = asking.value;
    const typed = Object.fromEntries(fields.map((f) => [f, textField(body.value, f)]));
    return answer(
      await service(classroom, {
        ...(typed as Record<Field, string>),
        address: addressOf(request, classroom),
      }),
    );
  };
}
