/**
 * Opens the class database: PGlite (PostgreSQL in WebAssembly) in the data folder by default, or
 * a PostgreSQL server through a `pg` Pool when DATABASE_URL is set. Both give the same Drizzle
 * database, so every query runs unchanged on either; only connections and LISTEN differ.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { lockDataFolder, type LockHolder } from './folder-lock';
import * as schema from './schema';

export type Schema = typeof schema;
/** A Drizzle database or transaction, on either engine. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  readonly engine: 'pglite' | 'postgres';
  readonly db: Db;
  /** Where the data lives, for log lines (never a password). */
  readonly where: string;
  /** Runs `work` on one connection: session-level advisory locks belong to a connection. */
  withConnection<T>(work: (db: Db) => Promise<T>): Promise<T>;
  /**
   * LISTENs on `channel` until the returned function is called. `onResume` is called after a lost
   * connection is back (messages sent meanwhile are lost: listeners should fetch afresh).
   */
  listen(
    channel: string,
    onPayload: (payload: string) => void,
    onResume?: () => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface PgliteOptions {
  /** The data folder; none: in memory (tests). */
  readonly dataDir?: string;
  /** A folder dump (`pglite.dumpDataDir()`) to start from, in memory: tests skip initdb with it. */
  readonly loadDataDir?: Blob;
  /** Who takes the folder's lock: the server (with its port) or the CLI. */
  readonly holder?: Pick<LockHolder, 'port' | 'purpose'>;
  /** How the folder is named in messages (relative to the repository). */
  readonly shownAs?: string;
  /** Called with each statement Drizzle sends (tests count them; PGlite's BEGIN/COMMIT are not among them). */
  readonly logQuery?: (query: string) => void;
  /** postgresql.conf lines, e.g. `shared_buffers = 16MB` (tests' small databases need less memory). */
  readonly settings?: readonly string[];
}

export async function openPglite(options: PgliteOptions = {}): Promise<Database> {
  const { dataDir } = options;
  let release = () => {};
  if (dataDir) {
    // PGlite creates only the last folder of the path.
    mkdirSync(path.dirname(dataDir), { recursive: true });
    mkdirSync(dataDir, { recursive: true });
    release = lockDataFolder(
      dataDir,
      options.holder ?? { port: null, purpose: 'cli' },
      options.shownAs,
    );
  }
  let client: PGlite;
  try {
    client = await PGlite.create({
      ...(dataDir ? { dataDir: path.join(dataDir, 'pgdata') } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      ...(options.settings ? { postgresqlconf: [...options.settings] } : {}),
    });
  } catch (error) {
    release();
    throw error;
  }
  return pgliteDatabase(client, {
    logQuery: options.logQuery,
    where: dataDir ? `PGlite in ${options.shownAs ?? dataDir}` : 'PGlite in memory',
    close: async () => {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  });
}

/**
 * The Database over a PGlite client already open; `close` is what closing it does (the tests'
 * shared PGlite is handed back rather than closed).
 */
export function pgliteDatabase(
  client: PGlite,
  options: Pick<PgliteOptions, 'logQuery'> & { where: string; close: () => Promise<void> },
): Database {
  const db = drizzlePglite({
    client,
    schema,
    logger: queryLogger(options.logQuery),
  }) as unknown as Db;
  // One connection: PGlite runs one query at a time, so a session is simply the database itself.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    engine: 'pglite',
    db,
    where: options.where,
    withConnection(work) {
      const run = queue.then(() => work(db));
      queue = run.catch(() => undefined);
      return run;
    },
    async listen(channel, onPayload) {
      const stop = await client.listen(channel, onPayload);
      return () => stop();
    },
    close: options.close,
  };
}

export interface PostgresOptions {
  /** Connections in the pool (default 10). */
  readonly max?: number;
  /** Called with one line when an idle connection or the listener fails (default: console.error). */
  readonly log?: (line: string) => void;
  /** Called with each statement Drizzle sends, BEGIN and COMMIT included (tests count them). */
  readonly logQuery?: (query: string) => void;
}

export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Database> {
  const log = options.log ?? ((line: string) => console.error(line));
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // Without a listener, an idle connection dropped by the server would crash the process.
  pool.on('error', (error) => log(`Says Who class database: ${error.message}`));
  // `as never`: drizzle-orm sees an older @types/pg (hoisted for another package) than this one.
  const logger = queryLogger(options.logQuery);
  const db = drizzleNodePg({ client: pool as never, schema, logger }) as unknown as Db;
  const where = describeUrl(url);
  // Fail now, with the reason, rather than at the first student's request.
  await pool.query('select 1');
  const listeners = new Set<() => Promise<void>>();
  return {
    engine: 'postgres',
    db,
    where,
    async withConnection(work) {
      const client = await pool.connect();
      try {
        return await work(
          drizzleNodePg({ client: client as never, schema, logger }) as unknown as Db,
        );
      } finally {
        client.release();
      }
    },
    async listen(channel, onPayload, onResume = () => {}) {
      const stop = await listenWithReconnect(url, channel, onPayload, onResume, log);
      const remove = async () => {
        listeners.delete(remove);
        await stop();
      };
      listeners.add(remove);
      return remove;
    },
    async close() {
      await Promise.all([...listeners].map((stop) => stop()));
      await pool.end();
    },
  };
}

/**
 * One `pg.Client` holding LISTEN. If the server restarts or the connection drops, it reconnects
 * (1 s, doubling to 30 s) and calls `onResume`: messages sent meanwhile are lost, so listeners
 * fetch the current state again.
 */
async function listenWithReconnect(
  url: string,
  channel: string,
  onPayload: (payload: string) => void,
  onResume: () => void,
  log: (line: string) => void,
): Promise<() => Promise<void>> {
  let stopped = false;
  let client: pg.Client | null = null;
  let delay = 1000;
  let timer: NodeJS.Timeout | null = null;

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString: url });
    const lost = (why: string) => {
      if (client !== next) return;
      client = null;
      next.end().catch(() => undefined);
      if (!stopped) log(`Says Who live channel: ${why}; reconnecting`);
      reconnect();
    };
    next.on('notification', (message) => {
      if (message.channel === channel && message.payload !== undefined) onPayload(message.payload);
    });
    next.on('error', (error) => lost(error.message));
    next.on('end', () => lost('the connection closed'));
    await next.connect();
    await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    client = next;
    delay = 1000;
  }

  function reconnect(): void {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = null;
      connect().then(onResume, (error: Error) => {
        log(`Says Who live channel: ${error.message}; retrying in ${(delay * 2) / 1000} s`);
        delay = Math.min(delay * 2, 30_000);
        reconnect();
      });
    }, delay);
    timer.unref();
  }

  await connect();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    const current = client;
    client = null;
    await current?.end().catch(() => undefined);
  };
}

function queryLogger(logQuery: ((query: string) => void) | undefined) {
  return logQuery ? { logQuery: (query: string) => logQuery(query) } : false;
}

function describeUrl(url: string): string {
  const u = new URL(url);
  return `PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}`;
}
