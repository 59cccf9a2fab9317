/**
 * The class commands, run the same way by `npm run class` on the database itself and by the
 * running server for the CLI (the admin endpoint): each writes lines for the person at the
 * terminal and returns an exit code.
 */
import type { Classroom } from '../classroom';
import { migrateDatabase } from '../db/migrate';
import type { Refusal } from '../result';
import { deleteExpiredClasses } from '../services/retention';
import {
  addTeacher,
  issueSignInLink,
  listTeachers,
  removeTeacher,
  type SignInLink,
} from '../services/teachers';
import { exportData } from '../transfer/export-data';
import { importData } from '../transfer/import-data';

export interface CommandSpec {
  readonly args: string;
  readonly help: string;
  /** Whether the running server may run it for the CLI (import and migrate need the folder to itself). */
  readonly viaServer: boolean;
}

export const COMMANDS = {
  'add-teacher': {
    args: 'NAME',
    help: 'add a teacher and print their sign-in link',
    viaServer: true,
  },
  'teacher-link': {
    args: 'NAME',
    help: 'print a new sign-in link (a new device, a lost cookie); older unused links stop working',
    viaServer: true,
  },
  'list-teachers': {
    args: '',
    help: 'list the teachers and how many classes each has',
    viaServer: true,
  },
  'remove-teacher': {
    args: 'NAME [--with-classes]',
    help: 'remove a teacher (one with classes only with --with-classes, which deletes them too)',
    viaServer: true,
  },
  export: {
    args: 'FILE',
    help: 'write all class data to FILE (JSON lines): the backup',
    viaServer: true,
  },
  import: {
    args: 'FILE',
    help: 'read an export into an empty database (e.g. moving to PostgreSQL)',
    viaServer: false,
  },
  migrate: {
    args: '',
    help: 'bring the database up to date (the server also does this when it starts)',
    viaServer: false,
  },
  'delete-expired': {
    args: '',
    help: 'delete classes whose retention has passed (the server also does this every hour)',
    viaServer: true,
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

export function isCommand(name: string | undefined): name is CommandName {
  return name !== undefined && Object.hasOwn(COMMANDS, name);
}

export interface CommandIo {
  out(line: string): void;
  err(line: string): void;
  /** Where an export goes: a file here, the response when the server runs it for the CLI. */
  exportSink(file: string): { write(line: string): void | Promise<void>; close(): Promise<void> };
  /** The lines of a file to import. */
  readLines(file: string): AsyncIterable<string>;
}

export interface CommandContext {
  /** Where sign-in links point when PUBLIC_URL is not set. */
  readonly origin: string;
}

export async function runCommand(
  classroom: Classroom,
  command: CommandName,
  args: readonly string[],
  io: CommandIo,
  context: CommandContext,
): Promise<number> {
  const refused = (refusal: Refusal) => {
    io.err(refusal.reason);
    return 1;
  };
  const name = args.filter((a) => !a.startsWith('--')).join(' ');
  const file = args[0];
  const needs = (what: string) => {
    io.err(`${command} needs ${what}: npm run class -- ${command} ${COMMANDS[command].args}`);
    return 2;
  };

  switch (command) {
    case 'add-teacher': {
      if (!name) return needs('a name');
      const result = await addTeacher(classroom, { name, origin: context.origin });
      if (!result.ok) return refused(result);
      printLink(
        io,
        `Added ${result.value.teacher.name}. Their sign-in link`,
        result.value,
        classroom,
      );
      return 0;
    }
    case 'teacher-link': {
      if (!name) return needs('a name');
      const result = await issueSignInLink(classroom, { name, origin: context.origin });
      if (!result.ok) return refused(result);
      printLink(
        io,
        `A new sign-in link for ${result.value.teacher.name} (older unused links no longer work)`,
        result.value,
        classroom,
      );
      return 0;
    }
    case 'list-teachers': {
      const result = await listTeachers(classroom);
      if (!result.ok) return refused(result);
      if (result.value.length === 0)
        io.out('No teachers yet: add one with npm run class -- add-teacher "Name".');
      for (const t of result.value)
        io.out(
          `${t.name} — ${t.classes} class${t.classes === 1 ? '' : 'es'}, added ${t.createdAt.toISOString().slice(0, 10)}`,
        );
      return 0;
    }
    case 'remove-teacher': {
      if (!name) return needs('a name');
      const result = await removeTeacher(classroom, {
        name,
        withClasses: args.includes('--with-classes'),
      });
      if (!result.ok) return refused(result);
      const { teacher, classesDeleted } = result.value;
      io.out(
        `Removed ${teacher.name}${classesDeleted ? ` and their ${classesDeleted} class(es)` : ''}.`,
      );
      return 0;
    }
    case 'export': {
      if (!file) return needs('a file name');
      const sink = io.exportSink(file);
      const rows = await exportData(classroom.database.db, (line) => sink.write(line), {
        now: classroom.now(),
      });
      await sink.close();
      io.out(`Exported ${rows} rows from ${classroom.database.where} to ${file}.`);
      return 0;
    }
    case 'import': {
      if (!file) return needs('a file name');
      const result = await importData(classroom.database.db, io.readLines(file));
      if (!result.ok) return refused({ ...result, reason: `${file}: ${result.reason}` });
      const total = Object.values(result.value.rows).reduce((a, b) => a + b, 0);
      io.out(`Imported ${total} rows from ${file} into ${classroom.database.where}.`);
      return 0;
    }
    case 'migrate': {
      const { applied, level } = await migrateDatabase(classroom.database);
      io.out(
        applied === 0
          ? `${classroom.database.where} is up to date (${level} migrations).`
          : `Applied ${applied} migration(s) to ${classroom.database.where}; it now has ${level}.`,
      );
      return 0;
    }
    case 'delete-expired': {
      const result = await deleteExpiredClasses(classroom);
      if (!result.ok) return refused(result);
      const { ran, deleted } = result.value;
      const days = classroom.config.retentionDays;
      if (!ran)
        io.out(
          'Another server instance is deleting expired classes right now; nothing was done here.',
        );
      else if (deleted.length === 0)
        io.out(`No class has passed its retention (${days} days after its end date).`);
      for (const c of deleted) io.out(`Deleted ${c.name} (ended ${c.endsOn}).`);
      return 0;
    }
  }
}

function printLink(io: CommandIo, title: string, link: SignInLink, classroom: Classroom): void {
  io.out(
    `${title} (opens once, until ${link.expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC):`,
  );
  io.out(`  ${link.url}`);
  if (!classroom.config.publicUrl)
    io.out(
      '  (set PUBLIC_URL to the address teachers open, e.g. https://kit.school.example, to print that instead)',
    );
}
