/**
 * How many connections waited for a server to accept them, read from Linux's /proc. A Node
 * server whose one thread is saturated shows it, with about a core of CPU (`treeCpuSeconds`):
 * new connections queue in the kernel, since Node 20 accepts one per turn of its event loop
 * (bench/README.md, class load).
 */
import { read } from './process-memory';

/**
 * Connections waiting to be accepted on the IPv4 socket listening on `port`, from the text of
 * /proc/net/tcp (a listening socket's receive queue is its accept queue); 0 when none listens.
 */
export function acceptQueueOf(procNetTcp: string, port: number): number {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  for (const line of procNetTcp.split('\n').slice(1)) {
    const [, local, , state, queues] = line.trim().split(/\s+/);
    if (state === '0A' && local?.endsWith(`:${hexPort}`))
      return parseInt(queues!.split(':')[1]!, 16);
  }
  return 0;
}

/** The accept queue on `port` now, read from this machine's /proc/net/tcp. */
export function acceptQueue(port: number): number {
  return acceptQueueOf(read('/proc/net/tcp'), port);
}
