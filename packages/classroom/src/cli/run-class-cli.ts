/**
 * `npm run class -- <command>`: teachers, backup and moves, migrations, deletion. It opens the
 * database the settings name; on a PGlite folder a running server holds, it asks that server to
 * run the command (its admin endpoint, with the folder's secret), or refuses in one line for the
 * commands that need the folder to themselves (import, migrate).
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { readAdminSecret } from '../admin/admin-secret';
import { NO_LESSONS } from '../classroom';
import { ConfigError, readConfig, SETTINGS, type ClassConfig } from '../config';
import { FolderInUseError, lockHolder, type LockHolder } from '../db/folder-lock';
import { openClassroom, shownPath } from '../open-classroom';
import type { AdminReply } from '../services/admin';
import { COMMANDS, isCommand, runCommand, type CommandIo, type CommandName } from './commands';

export interface CliEnvironment {
  readonly env: NodeJS.ProcessEnv;
  /** Where the person typed the command: file names are relative to it. */
  readonly cwd: string;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export function usage(): string[] {
  const width = Math.max(...Object.entries(COMMANDS).map(([n, c]) => `${n} ${c.args}`.length));
  return [
    'usage: npm run class -- <command>',
    '',
    ...Object.entries(COMMANDS).map(
      ([name, c]) => `  ${`${name} ${c.args}`.padEnd(width)}  ${c.help}`,
    ),
    '',
    'settings (environment variables):',
    ...Object.entries(SETTINGS).map(([name, help]) => `  ${name.padEnd(20)}  ${help}`),
  ];
}

/** Runs one command; returns the exit code (0 done, 1 refused or failed, 2 not understood). */
export async function runClassCli(argv: readonly string[], cli: CliEnvironment): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    usage().forEach((line) => cli.out(line));
    return 0;
  }
  if (!isCommand(command)) {
    cli.err(
      `npm run class: there is no command "${command}" (npm run class -- --help lists them).`,
    );
    return 2;
  }
  // Before the database: a mistyped file name is the likelier mistake, and its answer the plainer.
  if (command === 'import' && args[0] && !existsSync(path.resolve(cli.cwd, args[0]))) {
    cli.err(
      `${args[0]}: there is no such file in ${cli.cwd}. Give the file that "npm run class -- export FILE" wrote.`,
    );
    return 1;
  }
  let config: ClassConfig;
  try {
    config = readConfig(cli.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      cli.err(error.message);
      return 1;
    }
    throw error;
  }
  const holder = config.databaseUrl ? null : lockHolder(config.dataDir);
  if (holder) return viaServer(command, args, config, holder, cli);
  return locally(command, args, config, cli);
}

async function locally(
  command: CommandName,
  args: readonly string[],
  config: ClassConfig,
  cli: CliEnvironment,
): Promise<number> {
  let classroom;
  try {
    classroom = await openClassroom({
      config,
      lessons: NO_LESSONS,
      holder: { port: null, purpose: 'cli' },
      log: cli.err,
      migrate: command !== 'migrate',
    });
  } catch (error) {
    // Another process took the folder between the check and the opening.
    if (error instanceof FolderInUseError)
      return viaServer(command, args, config, error.holder, cli);
    cli.err(`npm run class: ${(error as Error).message}`);
    return 1;
  }
  try {
    return await runCommand(classroom, command, args, fileIo(cli), {
      origin: defaultOrigin(cli.env, null),
    });
  } catch (error) {
    // A file that cannot be read or written, a database that went away: one line, not a stack.
    cli.err(`npm run class: ${(error as Error).message}`);
    return 1;
  } finally {
    await classroom.database.close();
  }
}

/** Sends the command to the server that holds the folder, or refuses in one line. */
async function viaServer(
  command: CommandName,
  args: readonly string[],
  config: ClassConfig,
  holder: LockHolder,
  cli: CliEnvironment,
): Promise<number> {
  const folder = shownPath(config.dataDir);
  const secret = readAdminSecret(config.dataDir);
  if (!COMMANDS[command].viaServer || holder.purpose !== 'server' || !holder.port || !secret) {
    const who =
      holder.purpose === 'server'
        ? `the server (pid ${holder.pid})`
        : `another npm run class (pid ${holder.pid})`;
    cli.err(
      `npm run class: the class data in ${folder} is in use by ${who}: stop it first, then run ${command} again.`,
    );
    return 1;
  }
  let reply: AdminReply;
  try {
    const response = await fetch(`http://127.0.0.1:${holder.port}/api/class/admin`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ command, args, origin: defaultOrigin(cli.env, holder.port) }),
    });
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { reason?: string } | null;
      cli.err(
        `npm run class: the server on port ${holder.port} refused: ${body?.reason ?? `HTTP ${response.status}`}`,
      );
      return 1;
    }
    reply = (await response.json()) as AdminReply;
  } catch (error) {
    cli.err(
      `npm run class: the server on port ${holder.port} (pid ${holder.pid}) holds ${folder} but did not answer (${(error as Error).message}).`,
    );
    return 1;
  }
  if (reply.file && command === 'export' && args[0]) {
    const sink = fileIo(cli).exportSink(args[0]);
    for (const line of reply.file) await sink.write(line);
    await sink.close();
  }
  reply.out.forEach((line) => cli.out(line));
  reply.err.forEach((line) => cli.err(line));
  return reply.exitCode;
}

function fileIo(cli: CliEnvironment): CommandIo {
  return {
    out: cli.out,
    err: cli.err,
    exportSink(file) {
      const stream = createWriteStream(path.resolve(cli.cwd, file), { mode: 0o600 });
      return {
        write: (line) =>
          new Promise<void>((resolve, reject) =>
            stream.write(`${line}\n`, (e) => (e ? reject(e) : resolve())),
          ),
        close: () =>
          new Promise<void>((resolve, reject) =>
            stream.end((e?: Error | null) => (e ? reject(e) : resolve())),
          ),
      };
    },
    // A generator, so the file is opened when the import starts reading (lines a readline
    // interface emits before anyone iterates it are lost), and opened before reading, since
    // readline would wait forever on a file that cannot be opened.
    async *readLines(file) {
      const input = createReadStream(path.resolve(cli.cwd, file));
      await once(input, 'open');
      for await (const line of createInterface({ input, crlfDelay: Infinity })) yield line;
    },
  };
}

/** Where sign-in links point without PUBLIC_URL: this machine, on the server's port. */
function defaultOrigin(env: NodeJS.ProcessEnv, port: number | null): string {
  return `http://localhost:${port ?? (Number(env.PORT) || 3000)}`;
}
