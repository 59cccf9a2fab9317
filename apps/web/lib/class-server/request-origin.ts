/**
 * The origin the browser addressed, on its own: the authoring routes (`teacher-here.ts`) need it
 * too, and importing it from `who-is-asking.ts` would make every route `next dev` compiles for
 * them take in the whole class server (drizzle, pg, PGlite and its services) as well.
 */

/**
 * The origin the browser addressed: the Host header as sent (Next's `request.url` turns
 * 127.0.0.1 into localhost), with the scheme a trusted proxy reports when there is one.
 */
export function requestOrigin(request: Request, trustProxy: number): string {
  const url = new URL(request.url);
  const forwarded = trustProxy > 0 ? request.headers.get('x-forwarded-proto') : null;
  const scheme = forwarded?.split(',')[0]?.trim() || url.protocol.replace(':', '');
  return `${scheme}://${request.headers.get('host') ?? url.host}`;
}
