import { spawn } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { acceptQueue, acceptQueueOf } from './server-load';

// Two lines of a real /proc/net/tcp: a server listening on 127.0.0.1:43831 with 7 connections
// waiting to be accepted, and a connection to it.
const PROC_NET_TCP = `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 0100007F:AB37 00000000:0000 0A 00000000:00000007 00:00000000 00000000     0        0 123456 1 0000000000000000 100 0 0 10 0
   1: 0100007F:C350 0100007F:AB37 01 00000000:00000000 00:00000000 00000000     0        0 123457 1 0000000000000000 20 4 30 10 -1`;

test('the accept queue is the listening socket’s receive queue, 0 on a port nobody listens on', () => {
  expect(acceptQueueOf(PROC_NET_TCP, 43831)).toBe(7);
  expect(acceptQueueOf(PROC_NET_TCP, 50000)).toBe(0); // only a connected socket on that port
  expect(acceptQueueOf('', 43831)).toBe(0);
});

test('on this machine: connections a busy server has not accepted yet are counted', async () => {
  // A server that listens, then blocks its thread for 5 s: the kernel completes the handshakes
  // and queues the connections, as for a server saturated between two turns of its loop.
  const child = spawn(process.execPath, [
    '-e',
    `const s = require('node:net').createServer().listen(0, '127.0.0.1', () => {
       console.log(s.address().port);
       Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5000);
     });`,
  ]);
  const sockets: Socket[] = [];
  try {
    const port = Number(await new Promise<string>((resolve) => child.stdout.once('data', resolve)));
    expect(acceptQueue(port)).toBe(0);
    for (let i = 0; i < 3; i++) {
      const socket = connect(port, '127.0.0.1');
      sockets.push(socket);
      await new Promise((resolve) => socket.once('connect', resolve));
    }
    expect(acceptQueue(port)).toBe(3);
  } finally {
    for (const socket of sockets) socket.destroy();
    child.kill();
  }
});
