/**
 * @jest-environment node
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { renderAheadOn } from './render-ahead';

describe('the class page the warm-up renders ahead', () => {
  let server: Server;
  let port: number;
  const asked: { url?: string; cookie?: string; ended: boolean }[] = [];
  beforeAll(async () => {
    // A page that streams: the warm-up has rendered it only once it has read it all.
    server = createServer((req: IncomingMessage, res) => {
      const seen = { url: req.url, cookie: req.headers.cookie, ended: false };
      asked.push(seen);
      res.write('<!DOCTYPE html><p>shell</p>');
      setTimeout(() => {
        seen.ended = true;
        res.end('<p>sections</p>');
      }, 200);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  test('is asked of this server as the class’s teacher, and read to its end', async () => {
    await renderAheadOn(port)({ classId: 'class-1', sessionToken: 'tok' });
    expect(asked).toEqual([
      { url: '/teacher/classes/class-1', cookie: 'sayswho_teacher=tok', ended: true },
    ]);
  });

  test('a server that does not answer on 127.0.0.1 only costs the head start', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const nobody = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(
      renderAheadOn(nobody)({ classId: 'class-1', sessionToken: 'tok' }),
    ).resolves.toBeUndefined();
  });
});
