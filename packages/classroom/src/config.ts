/**
 * Every setting of class mode, read from the environment and checked once, at start-up. A bad
 * value stops the server with one line that names the setting, what is wrong and what to write.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export interface ClassConfig {
  /** PostgreSQL (`postgres://…`), or null for the embedded database (PGlite) in `dataDir`. */
  readonly databaseUrl: string | null;
  /** Absolute path of the PGlite data folder (also holds the server lock and the admin secret). */
  readonly dataDir: string;
  /** The origin students and teachers use (join links, QR codes, the origin check); null: the request's own. */
  readonly publicUrl: string | null;
  /** How many reverse proxies sit in front of the server, for the client address rate limits see. */
  readonly trustProxy: number;
  /** IANA time zone of the school: end dates and automatic deletion follow it. */
  readonly timeZone: string;
  /** Class data is deleted this many days after the class's end date. */
  readonly retentionDays: number;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** The environment variables read here, with what each one is for (the CLI's --help prints them). */
export const SETTINGS = {
  DATABASE_URL: 'PostgreSQL to use instead of the embedded database (postgres://user@host:5432/db)',
  SAYSWHO_DATA_DIR:
    'folder of the embedded database, relative to the repository (default data/class; data/class-dev for npm run dev)',
  PUBLIC_URL: 'the address students and teachers open (https://kit.school.example), for join links',
  TRUST_PROXY: 'how many reverse proxies sit in front of the server (default 0)',
  SCHOOL_TIME_ZONE: 'the school’s time zone, e.g. Europe/London (default: the server’s)',
  CLASS_RETENTION_DAYS: 'days after a class’s end date when its data is deleted (default 30)',
} as const;

type Setting = keyof typeof SETTINGS;

const unset = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

const rules = {
  DATABASE_URL: z
    .string()
    .refine((v) => /^postgres(ql)?:\/\/[^/]/.test(v) && URL.canParse(v), {
      message: 'is not a PostgreSQL address: write postgres://user:password@host:5432/database',
    })
    .optional(),
  SAYSWHO_DATA_DIR: z.string().optional(),
  PUBLIC_URL: z
    .string()
    .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), {
      message: 'is not a web address: write the origin, e.g. https://kit.school.example',
    })
    .refine(
      (v) => !URL.canParse(v) || ['', '/'].includes(new URL(v).pathname + new URL(v).search),
      {
        message:
          'has a path: class mode is served from the root of its origin, e.g. https://kit.school.example',
      },
    )
    .optional(),
  TRUST_PROXY: wholeNumber(0, 10, 'e.g. 1 behind one reverse proxy, or 0 with none'),
  SCHOOL_TIME_ZONE: z
    .string()
    .refine(isTimeZone, { message: 'is not a time zone: use an IANA name such as Europe/London' })
    .optional(),
  CLASS_RETENTION_DAYS: wholeNumber(0, 3650, 'e.g. 30'),
} satisfies Record<Setting, z.ZodType>;

function wholeNumber(min: number, max: number, example: string) {
  return z
    .string()
    .regex(/^\d+$/, {
      message: `is not a whole number: write one from ${min} to ${max}, ${example}`,
    })
    .transform(Number)
    .refine((n) => n >= min && n <= max, {
      message: `is out of range: write a number from ${min} to ${max}, ${example}`,
    })
    .optional();
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function check<S extends Setting>(env: NodeJS.ProcessEnv, setting: S): z.output<(typeof rules)[S]> {
  const raw = unset(env[setting]);
  const parsed = rules[setting].safeParse(raw);
  if (!parsed.success) {
    const shown = setting === 'DATABASE_URL' ? '(the value given)' : JSON.stringify(raw);
    throw new ConfigError(`${setting}=${shown} ${parsed.error.issues[0]?.message}`);
  }
  return parsed.data as z.output<(typeof rules)[S]>;
}

/**
 * Reads the settings; throws a ConfigError with one line on the first bad one. Relative data
 * folders are taken from the repository root, so the server (run in apps/web) and the CLI (run
 * anywhere in the repository) open the same folder.
 */
export function readConfig(
  env: NodeJS.ProcessEnv = process.env,
  repoRoot: string = findRepoRoot(),
): ClassConfig {
  const publicUrl = check(env, 'PUBLIC_URL');
  const defaultDir = env.NODE_ENV === 'development' ? 'data/class-dev' : 'data/class';
  return {
    databaseUrl: check(env, 'DATABASE_URL') ?? null,
    dataDir: path.resolve(repoRoot, check(env, 'SAYSWHO_DATA_DIR') ?? defaultDir),
    publicUrl: publicUrl ? new URL(publicUrl).origin : null,
    trustProxy: check(env, 'TRUST_PROXY') ?? 0,
    timeZone: check(env, 'SCHOOL_TIME_ZONE') ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    retentionDays: check(env, 'CLASS_RETENTION_DAYS') ?? 30,
  };
}

/** The repository root: the nearest folder above `start` with turbo.json and packages/classroom. */
export function findRepoRoot(start: string = process.cwd()): string {
  // Not a file the build should trace (Next warned it would take in the whole repository).
  for (let dir = path.resolve(/*turbopackIgnore: true*/ start); ; dir = path.dirname(dir)) {
    if (
      existsSync(path.join(dir, 'turbo.json')) &&
      existsSync(path.join(dir, 'packages/classroom'))
    )
      return dir;
    if (path.dirname(dir) === dir)
      throw new ConfigError(
        `No Says Who repository found in ${start} or any folder above it: run the server or npm run class from inside it.`,
      );
  }
}
