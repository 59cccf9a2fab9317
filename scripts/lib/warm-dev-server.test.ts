import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WARM_PATHS, warmDevServer } from './warm-dev-server';

let server: Server;
const asked: string[] = [];

beforeEach(async () => {
  asked.length = 0;
  server = createServer((request, response) => {
    asked.push(`${request.method} ${request.url}`);
    if (request.url === '/lessons/live-preview') {
      // Like the live preview: an event stream that never ends by itself.
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write('data: 1\n\n');
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterEach(() => {
  server.closeAllConnections();
  server.close();
});

test('asks once for the key route, a lesson page and the live-preview stream, and does not hang on the stream', async () => {
  const { port } = server.address() as AddressInfo;
  await warmDevServer(`http://127.0.0.1:${port}`);
  expect(asked).toEqual(['HEAD /', ...WARM_PATHS.map((p) => `GET ${p}`)]);
});

test('waits for a server that is not listening yet', async () => {
  const { port } = server.address() as AddressInfo;
  server.close();
  const warming = warmDevServer(`http://127.0.0.1:${port}`, { pause: 50 });
  await new Promise((resolve) => setTimeout(resolve, 200));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  await warming;
  expect(asked.at(-1)).toBe(`GET ${WARM_PATHS.at(-1)}`);
});
