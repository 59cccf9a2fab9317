import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCorpusCli } from './run-corpus-cli';

function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCorpusCli(
    args,
    { log: (l) => out.push(l), error: (l) => err.push(l) },
    __dirname,
  );
  return { code, out: out.join('\n'), err: err.join('\n'), lines: out };
}
const fixture = (name: string) => path.join(__dirname, '..', 'corpus', 'fixtures', name);

test('check on the seed corpus passes and prints counts per article', () => {
  const { code, out, err } = run('check');
  expect(err).toBe('');
  expect(code).toBe(0);
  expect(out).toMatch(
    /ap-landmines-latimes \(Los Angeles Times\): \d+ annotations — attribution \d+/,
  );
  expect(out).toMatch(/✓ Corpus OK\./);
});

test('check on a broken corpus prints the located error, then the verdict, on one stream, and exits 1', () => {
  const { code, err, out, lines } = run('check', '--corpus', fixture('quote-not-found'));
  expect(code).toBe(1);
  // npm and Turborepo read stdout and stderr apart: errors on one and the verdict on the other came out in either order.
  expect(err).toBe('');
  expect(lines[0]).toBe(
    'packages/core/src/corpus/fixtures/quote-not-found/demo/demo-a.yaml:38:12 error: annotation `a-battered`: quote “batterd” is not in the article — did you mean “battered” (paragraph 4)? Copy the words exactly from the article text',
  );
  expect(out).toMatch(
    /✗ 1 error\(s\), 0 warning\(s\):\n {2}packages\/core\/src\/corpus\/fixtures\/quote-not-found\/demo\/demo-a\.yaml: 1/,
  );
});

test('warnings alone do not fail the check', () => {
  const { code, out } = run('check', '--corpus', fixture('text-not-nfc'));
  expect(code).toBe(0);
  expect(out).toMatch(/✓ Corpus OK \(1 warning\(s\)\)/);
});

test('export refuses a broken corpus and writes a clean one', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sayswho-cli-'));
  try {
    expect(
      run('export', '--format', 'w3c', '--out', dir, '--corpus', fixture('quote-not-found')).code,
    ).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
    const { code, out } = run(
      'export',
      '--format',
      'w3c',
      '--out',
      dir,
      '--corpus',
      fixture('valid-story'),
    );
    expect(code).toBe(0);
    expect(out).toMatch(/Wrote 5 files/);
    expect(readdirSync(dir).sort()).toEqual([
      'demo-a.json',
      'demo-a.txt',
      'demo-b.json',
      'demo-b.txt',
      'demo.differences.json',
    ]);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('an unknown command prints the usage and exits 2', () => {
  const { code, err } = run('fix-everything');
  expect(code).toBe(2);
  expect(err).toMatch(/^usage: npm run corpus -- check \| stats \| export/);
});

test('--help prints what each command does and exits 0, since asking for help is not an error', () => {
  const { code, out, err } = run('--help');
  expect(code).toBe(0);
  expect(err).toBe('');
  expect(out).toMatch(/check +checks every story/);
});
