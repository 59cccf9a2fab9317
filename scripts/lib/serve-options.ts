/**
 * What `npm start` and `npm run dev` (scripts/serve.ts) read from the command line and check
 * before anything is built: the port, from `--port N`, `--port=N`, `-p N` or PORT (3000 when none
 * is given), and whether it is free. Each problem is one line that says what to do.
 */
import { createServer } from 'node:net';

const DEFAULT_PORT = 3000;

export type Mode = 'start' | 'dev';

export interface ServeOptions {
  readonly mode: Mode;
  readonly port: number;
  /** Flags passed on to `next start` / `next dev`. */
  readonly nextArgs: readonly string[];
}

/** Reads the mode, `--port N` / `--port=N` / `-p N` and PORT; throws a one-line reason on bad input. */
export function parseServeArgs(argv: readonly string[], env: NodeJS.ProcessEnv): ServeOptions {
  const [mode, ...rest] = argv;
  if (mode !== 'start' && mode !== 'dev') throw new Error('usage: serve.ts start|dev [--port N]');
  let portText = env.PORT;
  let from = 'PORT';
  const nextArgs: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i]!;
    const inline = /^--port=(.*)$/.exec(arg);
    if (inline) {
      portText = inline[1];
      from = '--port';
    } else if (arg === '--port' || arg === '-p') {
      portText = rest[(i += 1)];
      from = arg;
    } else {
      nextArgs.push(arg);
    }
  }
  const port = portText === undefined || portText === '' ? DEFAULT_PORT : Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(
      `${from}=${portText ?? ''} is not a port number: use a number from 1 to 65535, e.g. PORT=8080 npm ${mode === 'start' ? 'start' : 'run dev'}.`,
    );
  }
  return { mode, port, nextArgs };
}

/** Resolves when nothing listens on the port; rejects with the one line a school's IT person needs. */
export function checkPortFree(port: number, mode: Mode): Promise<void> {
  const command = mode === 'start' ? 'npm start' : 'npm run dev';
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new Error(
            `port ${port} is in use: set PORT to a free port (e.g. PORT=${port === 8080 ? 8081 : 8080} ${command}) or stop what is using it.`,
          ),
        );
      } else if (error.code === 'EACCES') {
        reject(
          new Error(
            `port ${port} needs administrator rights: set PORT to a port above 1023 (e.g. PORT=8080 ${command}).`,
          ),
        );
      } else {
        reject(
          new Error(
            `port ${port} cannot be used (${error.code ?? error.message}): set PORT to another port.`,
          ),
        );
      }
    });
    // Like Next, on every interface: a port taken on any of them would stop Next too.
    probe.listen(port, () => probe.close(() => resolve()));
  });
}
