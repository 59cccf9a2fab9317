/** Waiting for a process and its children to stop working, from the CPU time Linux's /proc reports. */
import { childrenOf, read } from './process-memory';

/** Clock ticks a second (`getconf CLK_TCK`): 100 on Linux for x86 and ARM. */
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) `pid` and its descendants have used so far. */
export function treeCpuSeconds(pid: number): number {
  // Fields 14 and 15 of /proc/PID/stat, counted after the command's closing parenthesis.
  const fields = read(`/proc/${pid}/stat`).split(') ')[1]?.split(' ') ?? [];
  const own = (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) / TICKS_PER_SECOND;
  return own + childrenOf(pid).reduce((sum, child) => sum + treeCpuSeconds(child), 0);
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
