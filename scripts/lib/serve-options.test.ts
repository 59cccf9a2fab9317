import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { freePort } from './free-port';
import { checkPortFree, parseServeArgs } from './serve-options';

const root = join(__dirname, '..', '..');

function occupy(port: number): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(port, () => resolve(server));
  });
}

/** `PORT=… npm start`, as a school runs it. */
function npmStart(port: number) {
  return spawnSync('npm', ['start'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PORT: String(port), npm_config_loglevel: 'silent' },
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

  // One run of npm start end to end (npm, then tsx: 3-4 s of CPU) shows the check comes before
  // the build and how it is printed; how the port was given and the dev wording are checked in
  // this process, since npm run dev and --port reach the same parseServeArgs and checkPortFree.
  test('npm start with PORT: a port in use stops the server with one line naming the port and the fix', async () => {
    const port = await freePort();
    const busy = await occupy(port);
    try {
      const run = npmStart(port);
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toBe(
        `Says Who: port ${port} is in use: set PORT to a free port (e.g. PORT=8080 npm start) or stop what is using it.`,
      );
      // Nothing was built or started: the check comes first.
      expect(run.stdout).not.toMatch(/turbo|next/i);
    } finally {
      busy.close();
    }
  }, 30_000);

  test.each([
    [
      'npm start -- --port',
      (port: number) => parseServeArgs(['start', '--port', String(port)], {}),
      'npm start',
    ],
    [
      'npm run dev with PORT',
      (port: number) => parseServeArgs(['dev'], { PORT: String(port) }),
      'npm run dev',
    ],
  ] as const)(
    '%s: a port in use is refused with the same line',
    async (_name, optionsFor, command) => {
      const port = await freePort();
      const busy = await occupy(port);
      try {
        const options = optionsFor(port);
        await expect(checkPortFree(options.port, options.mode)).rejects.toThrow(
          `port ${port} is in use: set PORT to a free port (e.g. PORT=8080 ${command}) or stop what is using it.`,
        );
      } finally {
        busy.close();
      }
    },
  );
});
