/**
 * How loaded a server under the class load was, read from Linux's /proc: the CPU its process
 * tree used, and how many connections waited for it to accept them. A Node server whose one
 * thread is saturated shows both: about a core of CPU, and new connections queueing in the
 * kernel, since Node 20 accepts one per turn of its event loop (bench/README.md, class load).
 */
import { read, childrenOf } from './process-memory';

/** CPU time of `pid` and its descendants so far, in ms (utime + stime, at 100 ticks a second). */
export function treeCpuMs(pid: number): number {
  return (
    cpuMsOf(read(`/proc/${pid}/stat`)) + childrenOf(pid).reduce((sum, c) => sum + treeCpuMs(c), 0)
  );
}

/** utime + stime of one `/proc/<pid>/stat` line, in ms; 0 for an empty one (the process exited). */
export function cpuMsOf(stat: string): number {
  // The command name is in parentheses and may hold spaces: count fields after its last ")".
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
  const ticks = Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  return Number.isFinite(ticks) ? ticks * 10 : 0;
}

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
