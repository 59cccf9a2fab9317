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
      if (req.url?.startsWith('/_next/')) {
        seen.ended = true;
        res.end('/* a file of the build */');
        return;
      }
      res.write(
        '<!DOCTYPE html><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next">' +
          '<script src="/_next/static/chunks/b.js" async></script><p>shell</p>',
      );
      setTimeout(() => {
        seen.ended = true;
        res.end('<script src="/_next/static/chunks/b.js" async></script><p>sections</p>');
      }, 200);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  test('is asked of this server as the class’s teacher three times, each read to its end, then its stylesheets and scripts once', async () => {
    await renderAheadOn(port)({ classId: 'class-1', sessionToken: 'tok' });
    const page = { url: '/teacher/classes/class-1', cookie: 'sayswho_teacher=tok', ended: true };
    expect(asked.slice(0, 3)).toEqual([page, page, page]);
    // The files of the build are anyone's: no session goes with them.
    expect(asked.slice(3)).toEqual(
      expect.arrayContaining([
        { url: '/_next/static/chunks/a.css', cookie: undefined, ended: true },
        { url: '/_next/static/chunks/b.js', cookie: undefined, ended: true },
      ]),
    );
    expect(asked).toHaveLength(5);
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
