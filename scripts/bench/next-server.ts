import { spawn } from 'node:child_process';
import { freePort } from '../lib/free-port';
import { nextBin } from './bench-paths';
import { waitForUrl } from './wait-for-url';

export interface RunningServer {
  origin: string;
  stop: () => Promise<void>;
}

/** `next start` on a free port of 127.0.0.1, serving the production build in `appDir`. */
export async function startNextServer(appDir: string): Promise<RunningServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [nextBin, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: appDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  if (!(await waitForUrl(origin, 60, (response) => response.status < 500))) {
    await stop();
    throw new Error(`next start did not answer at ${origin} within 60 s. Its output:\n${output}`);
  }
  return { origin, stop };
}
