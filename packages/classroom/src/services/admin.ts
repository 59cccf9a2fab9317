/**
 * The server's side of `npm run class` on a PGlite folder the server holds: the CLI cannot open
 * the folder (one process per folder), so it sends its command to the server's admin endpoint
 * (`POST /api/class/admin` on 127.0.0.1, `Authorization: Bearer <the folder's admin.secret>`),
 * and the server runs it and answers with the lines to print. Import and migrate are refused:
 * they need the folder to themselves (stop the server first).
 */
import { z } from 'zod';
import { bearerToken } from '../access';
import { isAdminSecret } from '../admin/admin-secret';
import type { Classroom } from '../classroom';
import { COMMANDS, isCommand, runCommand } from '../cli/commands';
import { ok, refuse, type Result } from '../result';
import { guarded } from './guard';

export interface AdminRequest {
  readonly command: string;
  readonly args: readonly string[];
  /** Where sign-in links point when PUBLIC_URL is not set. */
  readonly origin: string;
}

export interface AdminReply {
  readonly exitCode: number;
  readonly out: readonly string[];
  readonly err: readonly string[];
  /** For `export`: the lines the CLI writes to its file. */
  readonly file: readonly string[] | null;
}

const requestSchema = z.strictObject({
  command: z.string().max(40),
  args: z.array(z.string().max(400)).max(20),
  origin: z.url().max(200),
});

export const runAdminRequest = guarded(
  async (
    classroom: Classroom,
    authorization: string | null,
    body: unknown,
  ): Promise<Result<AdminReply>> => {
    if (
      classroom.config.databaseUrl ||
      !isAdminSecret(classroom.config.dataDir, bearerToken(authorization))
    )
      return refuse('not-found', 'Not found.');
    const parsed = requestSchema.safeParse(body);
    if (!parsed.success || !isCommand(parsed.data.command))
      return refuse(
        'invalid',
        'Send { "command": …, "args": [ … ], "origin": … } with a class command.',
      );
    const { command, args, origin } = parsed.data;
    if (!COMMANDS[command].viaServer)
      return refuse(
        'forbidden',
        `${command} needs the class data to itself: stop the server first.`,
      );
    const out: string[] = [];
    const err: string[] = [];
    let file: string[] | null = null;
    const exitCode = await runCommand(
      classroom,
      command,
      args,
      {
        out: (line) => out.push(line),
        err: (line) => err.push(line),
        exportSink: () => {
          const lines: string[] = (file = []);
          return { write: (line) => void lines.push(line), close: async () => {} };
        },
        readLines: () => {
          throw new Error('import does not run through the server');
        },
      },
      { origin },
    );
    return ok({ exitCode, out, err, file });
  },
);
