/**
 * A throwaway PostgreSQL server for the tests (Debian's `postgresql`, run as root through the
 * `postgres` user): initdb without fsync into a temporary folder, a free port on 127.0.0.1, trust
 * authentication, stopped and removed at the end. `CLASSROOM_TEST_POSTGRES_URL` uses a server of
 * your own instead (its user must be allowed to create databases).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TestPostgres {
  /** An administrative URL (database `postgres`). */
  readonly url: string;
  stop(): void;
}

export const HOW_TO_RUN =
  'The PostgreSQL half of the class tests needs a server: run the tests as root (they start Debian’s postgresql, ' +
  'installing it with apt-get if needed), or set CLASSROOM_TEST_POSTGRES_URL=postgres://user@host:port/postgres ' +
  'to a server whose user may create databases.';

/** The database each test file's database is copied from, migrated once per run. */
export const TEMPLATE_DATABASE = 'sayswho_migrated';

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function startTestPostgres(): Promise<TestPostgres> {
  const external = process.env.CLASSROOM_TEST_POSTGRES_URL;
  if (external) return { url: external, stop: () => {} };
  if (process.getuid?.() !== 0) throw new Error(HOW_TO_RUN);
  const bin = postgresBin();
  const dir = mkdtempSync(path.join(tmpdir(), 'sayswho-pg-'));
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  chownSync(dir, uid, uid);
  const port = await freePort();
  const asPostgres = (command: string) => {
    const run = spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', command], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${command} failed: ${run.stderr || run.stdout}`);
  };
  asPostgres(
    `${bin}/initdb -D ${dir}/data -U postgres --auth=trust --no-locale -N -E UTF8 >/dev/null`,
  );
  asPostgres(
    `${bin}/pg_ctl -D ${dir}/data -l ${dir}/log -w -o "-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 ` +
      `-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null`,
  );
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      spawnSync('su', [
        'postgres',
        '-s',
        '/bin/sh',
        '-c',
        `${bin}/pg_ctl -D ${dir}/data -m immediate stop`,
      ]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The newest installed server's bin folder; installs Debian's postgresql when there is none. */
function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root) || readdirSync(root).length === 0) {
    const install = spawnSync(
      'sh',
      [
        '-c',
        'apt-get install -y -q postgresql || (apt-get update -q && apt-get install -y -q postgresql)',
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      },
    );
    if (install.status !== 0)
      throw new Error(
        `Could not install postgresql with apt-get: ${install.stderr.trim().split('\n').pop()}`,
      );
  }
  const versions = readdirSync(root).sort((a, b) => Number(a) - Number(b));
  return path.join(root, versions[versions.length - 1]!, 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
