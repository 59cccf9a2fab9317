/**
 * Who may write the corpus from the browser: only a teacher at this machine, in `npm run dev`.
 * `next dev` listens on every network interface, so anyone on the school wifi could reach it;
 * a page that writes files must answer only (1) in the live preview, never in `npm start` or the
 * static export, (2) to a connection from this machine (the socket's own address, which the
 * server stamps on every request: a client cannot choose it), (3) addressed to this machine by
 * name (a Host of localhost or a loopback address: another site whose name a resolver points at
 * 127.0.0.1 is refused), and (4) sent by the kit's own pages (the Origin header). Each refusal says
 * what to do instead.
 */
import { clientAddress, isSameOrigin } from '@sayswho/classroom/request-origin';
import { ok, refuse, type Result } from '@sayswho/classroom/result';
import { PEER_ADDRESS_HEADER } from '@/lib/class-server/peer-address';
import { requestOrigin } from '@/lib/class-server/request-origin';

export const ONLY_IN_DEV =
  'Articles are written from the browser only in the live preview (npm run dev), never on a server students use.';
export const ONLY_FROM_THIS_MACHINE =
  'Articles can be written only from the computer that runs npm run dev: open http://localhost and its port on that computer.';
export const ONLY_FROM_THE_KIT =
  'This request did not come from the kit’s own authoring page, so nothing was written. Open the page at http://localhost and its port, and save from there.';

/** True in `next dev`: the only mode whose pages may write files. */
export function isLivePreview(): boolean {
  return process.env.NODE_ENV === 'development';
}

/** 127.0.0.0/8 and ::1, also as IPv4 mapped into IPv6 (`::ffff:127.0.0.1`). */
export function isLoopbackAddress(address: string): boolean {
  const v4 = address.replace(/^::ffff:/i, '');
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

function isLoopbackHost(origin: string): boolean {
  const { hostname } = new URL(origin);
  return hostname === 'localhost' || isLoopbackAddress(hostname.replace(/^\[|\]$/g, ''));
}

/** A refusal (404 outside `next dev`, 403 otherwise), or ok when a teacher here is asking. */
export function teacherHere(request: Request): Result<null> {
  if (!isLivePreview()) return refuse('not-found', ONLY_IN_DEV);
  // No proxy stands in front of `next dev`: the connection's own address is the client's.
  const peer = clientAddress(null, 0, request.headers.get(PEER_ADDRESS_HEADER));
  if (!isLoopbackAddress(peer)) return refuse('forbidden', ONLY_FROM_THIS_MACHINE);
  const addressed = requestOrigin(request, 0);
  if (!isLoopbackHost(addressed)) return refuse('forbidden', ONLY_FROM_THIS_MACHINE);
  const sameOrigin = isSameOrigin(
    {
      origin: request.headers.get('origin'),
      secFetchSite: request.headers.get('sec-fetch-site'),
      requestOrigin: addressed,
    },
    null,
  );
  return sameOrigin.ok ? ok(null) : refuse('forbidden', ONLY_FROM_THE_KIT);
}
