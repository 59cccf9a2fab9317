/**
 * A server told to stop (SIGTERM, SIGINT) in the middle of a class stops in seconds. `next start`
 * stops listening and waits for every connection to end, but the devices' keep-alive connections
 * bring one request after another: a restart under 300 students took 43–152 s (bench/README).
 * Once stopping, every new request is answered at once with 503 and Retry-After (a device keeps
 * its events in its outbox and sends them to whichever server answers next), the requests already
 * in flight finish (a write the device hears about is committed), and each connection closes when
 * its response ends.
 */
import { Server, type ServerResponse } from 'node:http';

export const RETRY_AFTER_SECONDS = 5;
export const STOPPING_REASON =
  'The class server is restarting. Your work is kept on this device and will be sent when it is back.';

/** On `globalThis`: instrumentation and the route handlers are separate bundles. */
const state = ((globalThis as Record<symbol, DrainState | undefined>)[
  Symbol.for('sayswho.drain')
] ??= { installed: false, stopping: false, servers: new Set(), inFlight: new Set() });

interface DrainState {
  installed: boolean;
  stopping: boolean;
  readonly servers: Set<Server>;
  readonly inFlight: Set<ServerResponse>;
}

/**
 * Runs once in the server process, before it serves (instrumentation.ts). Returns the undo, for
 * tests: the hook is on node:http itself, which every test file of a Jest worker shares.
 */
export function drainOnStop(): () => void {
  if (state.installed) return () => {};
  state.installed = true;
  // Next hands out no server object: every node:http server's requests pass through here.
  const emit = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      state.servers.add(this);
      const response = args[1] as ServerResponse;
      if (state.stopping) {
        refuseWhileStopping(response);
        return true;
      }
      state.inFlight.add(response);
      response.once('close', () => state.inFlight.delete(response));
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
  return () => {
    Server.prototype.emit = emit;
    Object.assign(state, { installed: false, stopping: false });
    state.servers.clear();
    state.inFlight.clear();
  };
}

/** From now on: refuse new requests, close idle connections, and close busy ones after their response. */
export function stopTakingRequests(): void {
  state.stopping = true;
  for (const response of state.inFlight) closeAfter(response);
  for (const server of state.servers) server.closeIdleConnections();
}

function closeAfter(response: ServerResponse): void {
  if (!response.headersSent) response.setHeader('Connection', 'close');
  // Headers sent with keep-alive already: end the connection once the response is complete.
  else response.once('finish', () => response.socket?.end());
}

function refuseWhileStopping(response: ServerResponse): void {
  response.writeHead(503, {
    'Content-Type': 'application/json; charset=utf-8',
    'Retry-After': String(RETRY_AFTER_SECONDS),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    Connection: 'close',
  });
  response.end(JSON.stringify({ code: 'unavailable', reason: STOPPING_REASON }));
}
