/** Resident memory of a process and every process it started, as Linux's /proc reports it. */
import { readdirSync, readFileSync } from 'node:fs';

export function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // the process has exited
  }
}

export function childrenOf(pid: number): number[] {
  let tasks: string[] = [];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  return tasks.flatMap((task) =>
    read(`/proc/${pid}/task/${task}/children`).split(/\s+/).filter(Boolean).map(Number),
  );
}

/** VmRSS of `pid` and its descendants, in bytes (0 once they have exited). */
export function treeRssBytes(pid: number): number {
  const kB = Number(/^VmRSS:\s+(\d+) kB/m.exec(read(`/proc/${pid}/status`))?.[1] ?? 0);
  return kB * 1024 + childrenOf(pid).reduce((sum, child) => sum + treeRssBytes(child), 0);
}
