import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { freePort } from './free-port';
import { parseServeArgs } from './serve-options';

const root = join(__dirname, '..', '..');

function occupy(port: number): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(port, () => resolve(server));
  });
}

/** `npm start …` / `npm run dev …` as a school runs them, with the arguments and PORT given. */
function npmRun(script: 'start' | 'dev', args: string[], port?: number) {
  const npmArgs = script === 'start' ? ['start'] : ['run', 'dev'];
  return spawnSync('npm', [...npmArgs, ...(args.length ? ['--', ...args] : [])], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      PORT: port === undefined ? '' : String(port),
      npm_config_loglevel: 'silent',
    },
    timeout: 60_000,
  });
}

describe('the port a school chooses', () => {
  test('comes from --port, --port=, -p or PORT, in that order of precedence, and is 3000 otherwise', () => {
    expect(parseServeArgs(['start'], {}).port).toBe(3000);
    expect(parseServeArgs(['start'], { PORT: '8080' }).port).toBe(8080);
    expect(parseServeArgs(['dev', '--port', '8081'], { PORT: '8080' }).port).toBe(8081);
    expect(parseServeArgs(['dev', '--port=8082'], {}).port).toBe(8082);
    expect(parseServeArgs(['start', '-p', '8083', '--hostname', '127.0.0.1'], {})).toEqual({
      mode: 'start',
      port: 8083,
      nextArgs: ['--hostname', '127.0.0.1'],
    });
  });

  test('that is not a port number is refused in one line that says what to use', () => {
    expect(() => parseServeArgs(['start'], { PORT: 'eighty' })).toThrow(
      'PORT=eighty is not a port number: use a number from 1 to 65535, e.g. PORT=8080 npm start.',
    );
    expect(() => parseServeArgs(['dev', '--port', '70000'], {})).toThrow(
      /^--port=70000 is not a port number/,
    );
  });

  test.each([
    ['npm start with PORT', 'start', [] as string[], true],
    ['npm start -- --port', 'start', ['--port'], false],
    ['npm run dev with PORT', 'dev', [] as string[], true],
  ] as const)(
    '%s: a port in use stops the server with one line naming the port and the fix',
    async (_name, script, flag, viaEnv) => {
      const port = await freePort();
      const busy = await occupy(port);
      try {
        const run = viaEnv ? npmRun(script, [], port) : npmRun(script, [...flag, String(port)]);
        const command = script === 'start' ? 'npm start' : 'npm run dev';
        expect(run.status).toBe(1);
        expect(run.stderr.trim()).toBe(
          `Says Who: port ${port} is in use: set PORT to a free port (e.g. PORT=8080 ${command}) or stop what is using it.`,
        );
        // Nothing was built or started: the check comes first.
        expect(run.stdout).not.toMatch(/turbo|next/i);
      } finally {
        busy.close();
      }
    },
    // Each case starts npm and tsx (3–4 s on a quiet machine).
    30_000,
  );
});
