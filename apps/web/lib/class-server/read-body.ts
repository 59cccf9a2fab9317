/**
 * Reads a request body up to a size limit, counting bytes as they arrive: a client that sends more
 * (or lies in Content-Length) is cut off at the limit, not read into memory whole.
 */
import { ok, refuse, type Result } from '@sayswho/classroom/result';

/** Bodies of the small writes (join, rejoin, a teacher's forms): far above what they need. */
export const SMALL_BODY_BYTES = 16 * 1024;

const tooLarge = (limit: number) =>
  refuse('too-large', `The request is larger than ${Math.round(limit / 1024)} kB: send less.`);

/** The body as text, or 413 past `limit` bytes. */
export async function readText(request: Request, limit: number): Promise<Result<string>> {
  if (Number(request.headers.get('content-length') ?? 0) > limit) return tooLarge(limit);
  if (!request.body) return ok('');
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return tooLarge(limit);
    }
    chunks.push(value);
  }
  return ok(Buffer.concat(chunks).toString('utf8'));
}

/** The body as a JSON object (`{ … }`), or 400 with what is wrong, or 413. */
export async function readJsonObject(
  request: Request,
  limit = SMALL_BODY_BYTES,
): Promise<Result<Record<string, unknown>>> {
  const text = await readText(request, limit);
  if (!text.ok) return text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.value);
  } catch {
    return refuse('invalid', 'The request body is not JSON: send a JSON object.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return refuse('invalid', 'The request body is not a JSON object: send { … }.');
  return ok(parsed as Record<string, unknown>);
}

/** A field the service checks itself (its type included): anything but text reaches it as ''. */
export function textField(body: Record<string, unknown>, name: string): string {
  const field = body[name];
  return typeof field === 'string' ? field : '';
}
