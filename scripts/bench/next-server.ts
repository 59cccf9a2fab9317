import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../lib/free-port';
import { nextBin } from './bench-paths';
import { waitForUrl } from './wait-for-url';

export interface RunningServer {
  origin: string;
  /** The `next start` process (its children, if any, are found through /proc). */
  pid: number;
  /** From starting the process to its first answer (of `/`). */
  answeredMs: number;
  /**
   * The first line of its output matching `pattern` and when it came (ms from the start), once
   * it comes; null if it has not within `timeoutMs`.
   */
  waitForLine: (
    pattern: RegExp,
    timeoutMs: number,
  ) => Promise<{ line: string; atMs: number } | null>;
  stop: () => Promise<void>;
}

export interface ServerOptions {
  /** The port to listen on (a restarted server keeps its port, as a school's does). */
  port?: number;
  /**
   * Class mode's data folder, kept by the caller across restarts; by default a fresh one that
   * goes when the server stops.
   */
  classDataDir?: string;
  /** More settings of class mode (DATABASE_URL, TRUST_PROXY). */
  env?: Record<string, string>;
}

/** `next start` on a free port of 127.0.0.1, serving the production build in `appDir`. */
export async function startNextServer(
  appDir: string,
  options: ServerOptions = {},
): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  // The kit's server starts class mode: its own data folder, so a school's running server (which
  // holds data/class) never stops the bench, and the bench never touches a school's data.
  const classData = options.classDataDir ?? mkdtempSync(join(tmpdir(), 'sayswho-bench-class-'));
  const child = spawn(process.execPath, [nextBin, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: appDir,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      SAYSWHO_DATA_DIR: classData,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const startedAt = Date.now();
  let output = '';
  const lines: { line: string; atMs: number }[] = [];
  const collect = (chunk: Buffer) => {
    const atMs = Date.now() - startedAt;
    output += chunk;
    for (const line of chunk.toString('utf8').split('\n')) if (line) lines.push({ line, atMs });
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<void>((resolve) =>
    child.on('exit', () => {
      if (!options.classDataDir) rmSync(classData, { recursive: true, force: true });
      resolve();
    }),
  );
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  if (!(await waitForUrl(origin, 60, (response) => response.status < 500))) {
    await stop();
    throw new Error(`next start did not answer at ${origin} within 60 s. Its output:\n${output}`);
  }
  const answeredMs = Date.now() - startedAt;
  const waitForLine = async (pattern: RegExp, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = lines.find(({ line }) => pattern.test(line));
      if (found || Date.now() > deadline || child.exitCode !== null) return found ?? null;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  return { origin, pid: child.pid!, answeredMs, waitForLine, stop };
}
