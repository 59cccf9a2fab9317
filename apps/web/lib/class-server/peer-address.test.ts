import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PEER_ADDRESS_HEADER, stampPeerAddress } from './peer-address';

describe('the address the server stamps on each request', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    stampPeerAddress();
    // As Next's own server does: a plain node:http server created after the hook ran.
    server = createServer((req, res) => res.end(JSON.stringify(req.headers)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  function headersSeen(sent: Record<string, string>): Promise<Record<string, string>> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, headers: sent }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve(JSON.parse(body)));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('is the connection’s own, whatever address the client claims', async () => {
    const seen = await headersSeen({
      'x-forwarded-for': '198.51.100.9',
      [PEER_ADDRESS_HEADER]: '198.51.100.9',
    });
    expect(seen[PEER_ADDRESS_HEADER]).toBe('127.0.0.1');
    // X-Forwarded-For is left for the proxies a school declares with TRUST_PROXY.
    expect(seen['x-forwarded-for']).toBe('198.51.100.9');
  });
});
