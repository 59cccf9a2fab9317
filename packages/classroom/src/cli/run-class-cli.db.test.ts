import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeAdminSecret } from '../admin/admin-secret';
import { LOCK_FILE } from '../db/folder-lock';
import { openPglite, type Database } from '../db/open-database';
import { runAdminRequest } from '../services/admin';
import { createTestDatabase, engine, PGLITE_DUMPS, testClassroom } from '../testing/test-classroom';
import { runClassCli } from './run-class-cli';

const cwd = mkdtempSync(path.join(tmpdir(), 'sayswho-cli-'));

/** Runs `npm run class -- …` in this process; what it printed and its exit code. */
async function cli(env: NodeJS.ProcessEnv, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runClassCli(argv, {
    env,
    cwd,
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out, err };
}

test('--help lists every command and setting and exits 0; an unknown command exits 2', async () => {
  const help = await cli({}, '--help');
  expect(help.code).toBe(0);
  for (const word of [
    'add-teacher NAME',
    'teacher-link NAME',
    'list-teachers',
    'remove-teacher NAME',
    'export FILE',
    'import FILE',
    'migrate',
    'delete-expired',
    'DATABASE_URL',
    'CLASS_RETENTION_DAYS',
  ])
    expect(help.out.join('\n')).toContain(word);
  expect(await cli({}, 'add-teachers', 'X')).toEqual({
    code: 2,
    out: [],
    err: [
      'npm run class: there is no command "add-teachers" (npm run class -- --help lists them).',
    ],
  });
});

test('a bad setting stops the command with one line naming it', async () => {
  expect(await cli({ CLASS_RETENTION_DAYS: 'thirty' }, 'list-teachers')).toEqual({
    code: 1,
    out: [],
    err: ['CLASS_RETENTION_DAYS="thirty" is not a whole number: write one from 0 to 3650, e.g. 30'],
  });
});

if (engine === 'postgres') {
  test('every command works on PostgreSQL (DATABASE_URL), and export then import moves the data', async () => {
    const env = { DATABASE_URL: await createTestDatabase('template0') };
    expect((await cli(env, 'migrate')).out).toEqual([
      expect.stringMatching(
        /^Applied 1 migration\(s\) to PostgreSQL at 127\.0\.0\.1:\d+\/t_\w+; it now has 1\.$/,
      ),
    ]);
    expect((await cli(env, 'migrate')).out).toEqual([
      expect.stringMatching(/is up to date \(1 migrations\)\.$/),
    ]);
    const added = await cli(env, 'add-teacher', 'Ms', 'Rivera');
    expect(added.code).toBe(0);
    expect(added.out[0]).toMatch(
      /^Added Ms Rivera\. Their sign-in link \(opens once, until \d{4}-\d\d-\d\d \d\d:\d\d UTC\):$/,
    );
    expect(added.out[1]).toMatch(
      /^ {2}http:\/\/localhost:3000\/api\/class\/teacher\/sign-in\?token=[\w-]{43}$/,
    );
    expect(
      (
        await cli(
          { ...env, PUBLIC_URL: 'https://kit.school.example/' },
          'teacher-link',
          'Ms Rivera',
        )
      ).out[1],
    ).toMatch(/^ {2}https:\/\/kit\.school\.example\/api\/class\/teacher\/sign-in\?token=/);
    expect(await cli(env, 'add-teacher', 'Ms Rivera')).toMatchObject({
      code: 1,
      err: ['There is already a teacher called “Ms Rivera”.'],
    });
    expect((await cli(env, 'list-teachers')).out).toEqual([
      expect.stringMatching(/^Ms Rivera — 0 classes, added \d{4}-\d\d-\d\d$/),
    ]);
    expect(await cli(env, 'delete-expired')).toMatchObject({
      code: 0,
      out: ['No class has passed its retention (30 days after its end date).'],
    });
    expect(await cli(env, 'export', 'backup.jsonl')).toMatchObject({
      code: 0,
      out: [expect.stringMatching(/^Exported 2 rows from PostgreSQL at .* to backup\.jsonl\.$/)],
    });

    const elsewhere = { DATABASE_URL: await createTestDatabase('template0') };
    expect(await cli(elsewhere, 'import', 'backup.jsonl')).toMatchObject({
      code: 0,
      out: [expect.stringMatching(/^Imported 2 rows from backup\.jsonl into /)],
    });
    expect((await cli(elsewhere, 'list-teachers')).out).toEqual(
      (await cli(env, 'list-teachers')).out,
    );
    expect(await cli(elsewhere, 'import', 'backup.jsonl')).toMatchObject({
      code: 1,
      err: [expect.stringMatching(/^backup\.jsonl: This database already holds class data/)],
    });
    expect(await cli(elsewhere, 'import', 'missing.jsonl')).toEqual({
      code: 1,
      out: [],
      err: [
        `missing.jsonl: there is no such file in ${cwd}. Give the file that "npm run class -- export FILE" wrote.`,
      ],
    });
    expect(await cli(env, 'remove-teacher', 'Ms Rivera')).toMatchObject({
      code: 0,
      out: ['Removed Ms Rivera.'],
    });
    expect(await cli(env, 'remove-teacher')).toMatchObject({
      code: 2,
      err: ['remove-teacher needs a name: npm run class -- remove-teacher NAME [--with-classes]'],
    });
  });
}

if (engine === 'pglite') {
  describe('on a PGlite folder', () => {
    const dataDir = path.join(cwd, 'data', 'class');
    const env = { SAYSWHO_DATA_DIR: dataDir };
    let server: Server;
    let database: Database;

    /** This process plays the running server: it holds the folder and answers the admin endpoint. */
    beforeAll(async () => {
      const dump = readFileSync(path.join(process.env.CLASSROOM_TEST_DIR!, PGLITE_DUMPS.migrated));
      server = createServer((request, response) => {
        let body = '';
        request.on('data', (chunk: Buffer) => (body += chunk.toString()));
        request.on('end', async () => {
          const result = await runAdminRequest(
            classroom(),
            request.headers.authorization ?? null,
            JSON.parse(body),
          );
          response.writeHead(result.ok ? 200 : result.status, {
            'content-type': 'application/json',
          });
          response.end(JSON.stringify(result.ok ? result.value : result));
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const port = (server.address() as { port: number }).port;
      database = await openPglite({
        dataDir,
        loadDataDir: new Blob([dump]),
        holder: { port, purpose: 'server' },
      });
      writeAdminSecret(dataDir);
    });
    afterAll(() => new Promise((resolve) => server.close(resolve)));
    const classroom = () => testClassroom(database, { config: { dataDir } });

    test('while the server holds it, commands go through the server; import and migrate are refused in one line', async () => {
      expect((await cli(env, 'add-teacher', 'Ms Rivera')).out[0]).toMatch(/^Added Ms Rivera\./);
      expect((await cli(env, 'list-teachers')).out).toEqual([
        expect.stringMatching(/^Ms Rivera — 0 classes/),
      ]);
      expect(await cli(env, 'export', 'via-server.jsonl')).toMatchObject({
        code: 0,
        out: [expect.stringMatching(/^Exported 2 rows from PGlite/)],
      });
      // The header, the teacher, their sign-in link, the trailer.
      expect(
        readFileSync(path.join(cwd, 'via-server.jsonl'), 'utf8').trim().split('\n'),
      ).toHaveLength(4);
      for (const command of ['import', 'migrate'])
        expect(await cli(env, command, 'via-server.jsonl')).toEqual({
          code: 1,
          out: [],
          err: [
            `npm run class: the class data in ${dataDir} is in use by the server (pid ${process.pid}): stop it first, then run ${command} again.`,
          ],
        });
    });

    test('a second process on the folder refuses with the one line, and exits 1', () => {
      const run = spawnSync(
        process.execPath,
        [require.resolve('tsx/cli'), path.join(__dirname, 'class-cli.ts'), 'migrate'],
        {
          env: { ...process.env, ...env },
          encoding: 'utf8',
        },
      );
      expect([run.status, run.stdout, run.stderr.trim()]).toEqual([
        1,
        '',
        `npm run class: the class data in ${dataDir} is in use by the server (pid ${process.pid}): stop it first, then run migrate again.`,
      ]);
    });

    test('once the server is gone (even leaving its lock behind), the CLI opens the folder itself', async () => {
      await database.close();
      writeFileSync(
        path.join(dataDir, LOCK_FILE),
        JSON.stringify({ pid: 2 ** 22 + 1, port: 3000, purpose: 'server', startedAt: '' }),
      );
      expect((await cli(env, 'list-teachers')).out).toEqual([
        expect.stringMatching(/^Ms Rivera — 0 classes/),
      ]);
      expect(await cli(env, 'export', 'local.jsonl')).toMatchObject({ code: 0 });
      const lines = (file: string) =>
        readFileSync(path.join(cwd, file), 'utf8').split('\n').slice(1);
      expect(lines('local.jsonl')).toEqual(lines('via-server.jsonl'));
      expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
    });
  });
}
