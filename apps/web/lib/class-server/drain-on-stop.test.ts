import { Agent, createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { drainOnStop, RETRY_AFTER_SECONDS, stopTakingRequests } from './drain-on-stop';

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

describe('a server told to stop in the middle of a class', () => {
  let server: Server;
  let port: number;
  let slowWriteArrived: Promise<void>;
  let releaseSlowWrite = () => {};
  let undo = () => {};
  // One keep-alive connection, as a device's browser keeps.
  const device = new Agent({ keepAlive: true, maxSockets: 1 });

  beforeAll(async () => {
    undo = drainOnStop();
    slowWriteArrived = new Promise<void>((arrived) => {
      // As Next's own server does: a plain node:http server created after the hook ran.
      server = createServer((req, res) => {
        if (req.url !== '/slow-write') return res.end('ok');
        releaseSlowWrite = () => res.end('committed');
        arrived();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    undo();
    device.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  async function idleClosed(agent: Agent): Promise<void> {
    while (Object.values(agent.freeSockets).some((sockets) => sockets?.length))
      await new Promise((resolve) => setTimeout(resolve, 10));
  }

  function send(path: string, agent: Agent): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path, agent }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      });
      req.on('error', (error) => reject(new Error(`${path}: ${error.message}`)));
      req.end();
    });
  }

  it('finishes the write in flight, closes its connection, and answers later requests 503 at once', async () => {
    expect((await send('/', device)).body).toBe('ok');
    const other = new Agent({ keepAlive: true });
    try {
      const inFlight = send('/slow-write', other);
      await slowWriteArrived;
      stopTakingRequests();
      releaseSlowWrite();
      const written = await inFlight;
      expect(written.body).toBe('committed');
      expect(written.headers.connection).toBe('close');
    } finally {
      other.destroy();
    }
    // The device's idle keep-alive connection was closed (a request that raced the close would
    // fail as a network error, which a device also retries); its next request is refused with
    // the time to wait, so the device keeps its events and tries again.
    await idleClosed(device);
    const after = await send('/', device);
    expect(after.status).toBe(503);
    expect(after.headers['retry-after']).toBe(String(RETRY_AFTER_SECONDS));
    expect(after.headers.connection).toBe('close');
    expect(JSON.parse(after.body)).toMatchObject({
      code: 'unavailable',
      reason: expect.any(String),
    });
  });
});
