/**
 * `npm start` and `npm run dev`: the kit's server, on the port a school chooses.
 *   npm start                         build if needed, then serve the production build on port 3000
 *   PORT=8080 npm start               the same on port 8080; so does `npm start -- --port 8080`
 *   npm run dev                       the live preview for teachers (PORT and --port work the same)
 * Turborepo would neither pass PORT through to Next nor let `--port` past its own flags, so the
 * port is read here, checked before anything is built, and handed to Next; when it is taken the
 * server stops with one line saying so and what to do, not a stack trace. Other flags go to Next
 * as they are (`npm start -- --hostname 127.0.0.1`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPortFree, parseServeArgs, type ServeOptions } from './lib/serve-options';

const root = fileURLToPath(new URL('..', import.meta.url));
const webDir = join(root, 'apps/web');

function nextBin(): string {
  return join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'next.cmd' : 'next');
}

async function main(): Promise<void> {
  let options: ServeOptions;
  try {
    options = parseServeArgs(process.argv.slice(2), process.env);
    await checkPortFree(options.port, options.mode);
  } catch (error) {
    console.error(`Says Who: ${(error as Error).message}`);
    process.exit(1);
  }
  if (options.mode === 'start') {
    // Built by Turborepo, which replays a cached build when nothing it reads has changed.
    const build = spawnSync('npx', ['turbo', 'run', 'build', '--filter=@sayswho/web'], {
      cwd: root,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const server = spawn(
    nextBin(),
    [options.mode, '--port', String(options.port), ...options.nextArgs],
    {
      cwd: webDir,
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    },
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => server.kill(signal));
  }
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

void main();
