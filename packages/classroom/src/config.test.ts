import path from 'node:path';
import { ConfigError, readConfig } from './config';

const root = '/srv/sayswho';
const read = (env: NodeJS.ProcessEnv) => readConfig(env, root);

function refusal(env: NodeJS.ProcessEnv): string {
  try {
    read(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

test('with nothing set: PGlite in data/class, 30 days, no proxy, the server’s time zone', () => {
  expect(read({})).toEqual({
    databaseUrl: null,
    dataDir: path.join(root, 'data/class'),
    publicUrl: null,
    trustProxy: 0,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    retentionDays: 30,
  });
});

test('npm run dev keeps its own data folder, so a preview and a running class never share one', () => {
  expect(read({ NODE_ENV: 'development' }).dataDir).toBe(path.join(root, 'data/class-dev'));
  expect(read({ NODE_ENV: 'development', SAYSWHO_DATA_DIR: '/var/lib/sayswho' }).dataDir).toBe(
    '/var/lib/sayswho',
  );
});

test('every setting is read', () => {
  expect(
    read({
      DATABASE_URL: 'postgres://kit:secret@db.school:5432/sayswho',
      SAYSWHO_DATA_DIR: 'elsewhere',
      PUBLIC_URL: 'https://kit.school.example/',
      TRUST_PROXY: '1',
      SCHOOL_TIME_ZONE: 'Pacific/Auckland',
      CLASS_RETENTION_DAYS: '0',
    }),
  ).toEqual({
    databaseUrl: 'postgres://kit:secret@db.school:5432/sayswho',
    dataDir: path.join(root, 'elsewhere'),
    publicUrl: 'https://kit.school.example',
    trustProxy: 1,
    timeZone: 'Pacific/Auckland',
    retentionDays: 0,
  });
});

test.each([
  [
    { DATABASE_URL: 'mysql://db/x' },
    'DATABASE_URL=(the value given) is not a PostgreSQL address: write postgres://user:password@host:5432/database',
  ],
  [
    { PUBLIC_URL: 'kit.school.example' },
    'PUBLIC_URL="kit.school.example" is not a web address: write the origin, e.g. https://kit.school.example',
  ],
  [
    { PUBLIC_URL: 'https://school.example/kit' },
    'PUBLIC_URL="https://school.example/kit" has a path: class mode is served from the root of its origin, e.g. https://kit.school.example',
  ],
  [
    { TRUST_PROXY: 'yes' },
    'TRUST_PROXY="yes" is not a whole number: write one from 0 to 10, e.g. 1 behind one reverse proxy, or 0 with none',
  ],
  [
    { SCHOOL_TIME_ZONE: 'Europe/Londres' },
    'SCHOOL_TIME_ZONE="Europe/Londres" is not a time zone: use an IANA name such as Europe/London',
  ],
  [
    { CLASS_RETENTION_DAYS: '-1' },
    'CLASS_RETENTION_DAYS="-1" is not a whole number: write one from 0 to 3650, e.g. 30',
  ],
  [
    { CLASS_RETENTION_DAYS: '99999' },
    'CLASS_RETENTION_DAYS="99999" is out of range: write a number from 0 to 3650, e.g. 30',
  ],
])('%j stops start-up with one line naming the setting', (env, message) => {
  expect(refusal(env)).toBe(message);
});

test('a database password never appears in an error', () => {
  expect(refusal({ DATABASE_URL: 'postgresql//kit:hunter2@db' })).not.toContain('hunter2');
});
