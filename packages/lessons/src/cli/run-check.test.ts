import path from 'node:path';
import { runCheck } from './run-check';

const fixtures = path.join(__dirname, '..', 'fixtures');

function run(fixture: string, ...more: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCheck(
    ['--lessons', path.join(fixtures, fixture), ...more],
    { log: (l) => out.push(l), error: (l) => err.push(l) },
    process.cwd(),
  );
  return { code, out: out.join('\n'), lines: out, err };
}

test('npm run check prints each mistake as file:line:column, then the verdict, on one stream, and exits 1', () => {
  const { code, err, lines } = run('unknown-article');
  expect(code).toBe(1);
  // npm and Turborepo read stdout and stderr apart: errors on one and the verdict on the other came out in either order.
  expect(err).toEqual([]);
  expect(lines[0]).toContain(
    'unknown-article/lesson.mdx:17:22 error: <Spot article="ap-landmines-latims"> — no such article — did you mean "ap-landmines-latimes"?',
  );
  expect(lines[lines.length - 1]).toMatch(/^✗ 1 error\(s\).*Each line above/);
});

test('npm run check -- --help explains the command and exits 0', () => {
  const out: string[] = [];
  expect(runCheck(['--help'], { log: (l) => out.push(l), error: (l) => out.push(l) }, '/')).toBe(0);
  expect(out.join('\n')).toMatch(/^npm run check: checks every lesson/);
});

test('npm run check exits 0 and says so when every lesson is fine', () => {
  const { code, out } = run('valid-lesson');
  expect(code).toBe(0);
  expect(out).toMatch(/Checked 1 lesson\(s\) with 2 exercise\(s\)/);
});

test('a broken article is reported first, before the lesson errors it causes', () => {
  const corpus = path.join(__dirname, '../../../core/src/corpus/fixtures/empty-article-text');
  const { code, lines } = run('valid-lesson', '--corpus', corpus);
  const err = lines.filter((line) => / error: /.test(line));
  expect(code).toBe(1);
  expect(err[0]).toBe(
    'packages/core/src/corpus/fixtures/empty-article-text/demo/demo-a.txt error: the file is empty — paste the article into it, one paragraph a line (see packages/core/corpus/README.md)',
  );
  expect(err.slice(1).every((line) => line.startsWith('valid-lesson/lesson.mdx:'))).toBe(true);
});

test('a folder that is not there is named in one line, not a stack trace', () => {
  const { code, lines } = run('no-such-folder');
  expect(code).toBe(1);
  expect(lines).toEqual([
    `npm run check: there is no folder ${path.join(fixtures, 'no-such-folder')} (--lessons); give the path of an existing one.`,
  ]);
});
