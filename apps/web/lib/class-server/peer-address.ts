/**
 * The address of the connection a request came in on, for the join rate limits. Next hands route
 * handlers no socket, and keeps a client-sent X-Forwarded-For as it is (it fills the header from
 * the socket only when absent), so without a proxy a script could claim a new address for every
 * guessed join code. The server therefore stamps every request it receives with the socket's
 * address, in a header of its own that overwrites whatever the client sent under that name.
 */
import { Server, type IncomingMessage } from 'node:http';

export const PEER_ADDRESS_HEADER = 'x-sayswho-peer-address';

let stamping = false;

/** Runs once in the server process, before it serves (instrumentation.ts). */
export function stampPeerAddress(): void {
  if (stamping) return;
  stamping = true;
  const emit = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const request = args[0] as IncomingMessage;
      request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? 'unknown';
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
