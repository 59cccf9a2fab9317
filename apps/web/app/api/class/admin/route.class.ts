/**
 * `npm run class` while the server holds the PGlite folder: the CLI sends its command here with
 * the folder's admin secret (packages/classroom README, "the admin endpoint the CLI uses"). No
 * origin check: the CLI is not a browser, and the secret is the check. The service looks at the
 * secret before the body, so a stranger gets 404 whatever they send.
 */
import { currentClassroom, runAdminRequest } from '@sayswho/classroom';
import { answer } from '@/lib/class-server/answer';
import { readJsonObject } from '@/lib/class-server/read-body';

export async function POST(request: Request): Promise<Response> {
  const running = currentClassroom();
  if (!running.ok) return answer(running);
  const body = await readJsonObject(request);
  const authorization = request.headers.get('authorization');
  return answer(await runAdminRequest(running.value, authorization, body.ok ? body.value : null));
}
