/** Waiting for a process and its children to stop working, from the CPU time Linux's /proc reports. */
import { childrenOf, read } from './process-memory';

/** Clock ticks a second (`getconf CLK_TCK`): 100 on Linux for x86 and ARM. */
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) `pid` and its descendants have used so far. */
export function treeCpuSeconds(pid: number): number {
  const own = cpuSecondsOf(read(`/proc/${pid}/stat`));
  return own + childrenOf(pid).reduce((sum, child) => sum + treeCpuSeconds(child), 0);
}

/** utime + stime of one `/proc/<pid>/stat` line, in seconds; 0 for an empty one (it exited). */
export function cpuSecondsOf(stat: string): number {
  // The command name is in parentheses and may hold spaces and parentheses: count the fields
  // after its last ")". utime and stime are fields 14 and 15 of the line, 12 and 13 after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  return Number.isFinite(ticks) ? ticks / TICKS_PER_SECOND : 0;
}

/**
 * Resolves once `pid` used under `share` of a core over a whole `windowMs`, or after `timeoutMs`;
 * with the ms it waited and whether it went quiet.
 */
export async function waitUntilIdle(
  pid: number,
  { windowMs = 1_000, share = 0.05, timeoutMs = 60_000 } = {},
): Promise<{ waitedMs: number; idle: boolean }> {
  const started = Date.now();
  let before = treeCpuSeconds(pid);
  while (Date.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const now = treeCpuSeconds(pid);
    if (now - before < (share * windowMs) / 1000)
      return { waitedMs: Date.now() - started, idle: true };
    before = now;
  }
  return { waitedMs: Date.now() - started, idle: false };
}
