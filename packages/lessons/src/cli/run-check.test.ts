import path from 'node:path';
import { runCheck } from './run-check';

const fixtures = path.join(__dirname, '..', 'fixtures');

function run(fixture: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCheck(
    ['--lessons', path.join(fixtures, fixture)],
    { log: (l) => out.push(l), error: (l) => err.push(l) },
    process.cwd(),
  );
  return { code, out: out.join('\n'), err };
}

test('npm run check prints each mistake as file:line:column and exits 1', () => {
  const { code, err, out } = run('unknown-article');
  expect(code).toBe(1);
  expect(err).toContain(
    'unknown-article/lesson.mdx:17:22 error: <Spot article="ap-landmines-latims"> — no such article — did you mean "ap-landmines-latimes"?',
  );
  expect(out).toMatch(/✗ 1 error\(s\)/);
});

test('npm run check exits 0 and says so when every lesson is fine', () => {
  const { code, out } = run('valid-lesson');
  expect(code).toBe(0);
  expect(out).toMatch(/Checked 1 lesson\(s\) with 2 exercise\(s\)/);
});
