import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findCorpusDir, loadCorpus } from '@sayswho/core';
import { runCheck } from './run-check';
import { runNew } from './run-new';

let dir: string;
const quiet = { log: () => {}, error: () => {} };

function capture() {
  const lines: string[] = [];
  return { out: { log: (l: string) => lines.push(l), error: (l: string) => lines.push(l) }, lines };
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sayswho-new-'));
  mkdirSync(path.join(dir, 'lessons'));
  cpSync(findCorpusDir(), path.join(dir, 'corpus'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('a new lesson gets a file named after its title, the next order, and passes npm run check as it is', () => {
  writeFileSync(path.join(dir, 'lessons', 'first.mdx'), '---\norder: 4\n---\n');
  const { out, lines } = capture();
  expect(
    runNew(
      ['lesson', 'Who’s Talking? A first look', '--lessons', 'lessons', '--corpus', 'corpus'],
      out,
      dir,
    ),
  ).toBe(0);
  const source = readFileSync(path.join(dir, 'lessons', 'who-s-talking-a-first-look.mdx'), 'utf8');
  expect(source).toMatch(/^order: 5 /m);
  expect(lines.join('\n')).toContain('http://localhost:3000/lessons/who-s-talking-a-first-look');

  rmSync(path.join(dir, 'lessons', 'first.mdx'));
  const check = capture();
  expect(runCheck(['--lessons', 'lessons', '--corpus', 'corpus'], check.out, dir)).toBe(0);
});

test('every commented exercise example in a new lesson passes the checker once switched on', () => {
  runNew(['lesson', 'Examples', '--lessons', 'lessons', '--corpus', 'corpus'], quiet, dir);
  const file = path.join(dir, 'lessons', 'examples.mdx');
  const source = readFileSync(file, 'utf8');
  // Switch every example on, as the lesson's own instructions say, with a real loaded-wording id.
  const switchedOn = source
    .replace(
      /^articles: \[(.*)\]$/m,
      (line, ids) =>
        `articles: [${ids}, ${/Also add (\S+) to the articles: line/.exec(source)![1]}]`,
    )
    .replace(/\{\/\* (SPOT|CHOICE|CLASSIFY|REWRITE|COMPARE):.*\n(\s+Also add .*\n)?/g, '')
    .replace(/\n\*\/\}\n/g, '\n')
    .replace('an-annotation-id', 'latimes-battered');
  writeFileSync(file, switchedOn);
  const { out, lines } = capture();
  expect(runCheck(['--lessons', 'lessons', '--corpus', 'corpus'], out, dir)).toBe(0);
  expect(lines.join('\n')).toMatch(/with 5 exercise\(s\)/);
});

test('a new article from a plain text file joins wrapped lines, takes the first line as headline, and loads cleanly', () => {
  writeFileSync(
    path.join(dir, 'bridge.txt'),
    'Bridge to reopen on Monday\n\nThe old bridge will reopen on Monday, the mayor\nsaid on Friday.\n\nTraffic has doubled since it closed.\n',
  );
  const { out, lines } = capture();
  expect(
    runNew(
      ['article', '--text', 'bridge.txt', '--outlet', 'Springfield Gazette', '--corpus', 'corpus'],
      out,
      dir,
      '2026-01-05',
    ),
  ).toBe(0);
  const storyDir = path.join(dir, 'corpus', 'bridge');
  expect(readFileSync(path.join(storyDir, 'bridge-springfield-gazette.txt'), 'utf8')).toBe(
    'Bridge to reopen on Monday\nThe old bridge will reopen on Monday, the mayor said on Friday.\nTraffic has doubled since it closed.\n',
  );
  expect(lines.join('\n')).toContain('article="bridge-springfield-gazette"');
  const { corpus, diagnostics } = loadCorpus(path.join(dir, 'corpus'));
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const article = corpus.articles.find((a) => a.id === 'bridge-springfield-gazette')!;
  expect(article.headline).toBe('Bridge to reopen on Monday');
  expect(article.blocks.filter((b) => b.paragraph !== null)).toHaveLength(2);
});

test('a second version of a story is added to the story’s list of articles', () => {
  writeFileSync(path.join(dir, 'v2.txt'), 'U.S. lets Ukraine use land mines\nA short version.\n');
  expect(
    runNew(
      [
        'article',
        '--text',
        'v2.txt',
        '--story',
        'ap-landmines-2024',
        '--id',
        'ap-landmines-short',
        '--corpus',
        'corpus',
      ],
      quiet,
      dir,
    ),
  ).toBe(0);
  const story = readFileSync(path.join(dir, 'corpus', 'ap-landmines-2024', 'story.yaml'), 'utf8');
  expect(story).toMatch(
    /articles: \[ ap-landmines-latimes, ap-landmines-spectrum, ap-landmines-short \]|articles: \[ap-landmines-latimes, ap-landmines-spectrum, ap-landmines-short\]/,
  );
});

test('running new article twice on the same file does not quietly make the story a two-version comparison', () => {
  writeFileSync(
    path.join(dir, 'bridge.txt'),
    'Bridge to reopen\nThe bridge will reopen on Monday, the mayor said.\n',
  );
  expect(runNew(['article', '--text', 'bridge.txt', '--corpus', 'corpus'], quiet, dir)).toBe(0);
  const { out, lines } = capture();
  expect(
    runNew(
      ['article', '--text', 'bridge.txt', '--outlet', 'Gazette', '--corpus', 'corpus'],
      out,
      dir,
    ),
  ).toBe(1);
  expect(lines.join('\n')).toContain('There is already a story "bridge"');
  expect(readFileSync(path.join(dir, 'corpus', 'bridge', 'story.yaml'), 'utf8')).toContain(
    'articles: [bridge-article]',
  );
});

test('new article without the -- after npm run new says to add it, since npm kept --text for itself', () => {
  const { out, lines } = capture();
  // What arrives from `npm run new article --text bridge.txt --outlet "Gazette"`: the values, not the options.
  expect(runNew(['article', 'bridge.txt', 'Gazette'], out, dir)).toBe(2);
  expect(lines.join('\n')).toContain(
    'type -- right after npm run new, like this:\n  npm run new -- article --text bridge.txt',
  );
});

test('new article says how many paragraphs it found, and warns when a blank line after the headline alone joined the whole body into one', () => {
  const { out, lines } = capture();
  writeFileSync(
    path.join(dir, 'bridge.txt'),
    'Bridge to reopen\n\nThe bridge will reopen on Monday, the mayor said.\nTraffic has doubled since it closed.\n',
  );
  expect(runNew(['article', '--text', 'bridge.txt', '--corpus', 'corpus'], out, dir)).toBe(0);
  expect(lines.join('\n')).toContain(
    'The text has a headline and 1 paragraph(s).\n⚠ All the lines after the headline were joined into one paragraph',
  );

  const second = capture();
  writeFileSync(
    path.join(dir, 'ferry.txt'),
    'Ferry to reopen\nThe ferry will reopen on Monday.\nTraffic has doubled.\n',
  );
  expect(runNew(['article', '--text', 'ferry.txt', '--corpus', 'corpus'], second.out, dir)).toBe(0);
  expect(second.lines.join('\n')).toContain('The text has a headline and 2 paragraph(s).\n\nNext:');
});

test('a new lesson never overwrites an existing one', () => {
  runNew(['lesson', 'Same', '--lessons', 'lessons', '--corpus', 'corpus'], quiet, dir);
  const { out, lines } = capture();
  expect(runNew(['lesson', 'Same', '--lessons', 'lessons', '--corpus', 'corpus'], out, dir)).toBe(
    1,
  );
  expect(lines.join('\n')).toContain('lessons/same.mdx already exists');
});

test('npm run new -- --help prints the help and exits 0, so npm adds no error lines', () => {
  for (const args of [['--help'], ['-h'], ['help'], ['article', '--help']]) {
    const { out, lines } = capture();
    expect(runNew(args, out, dir)).toBe(0);
    expect(lines.join('\n')).toContain('npm run new -- article --text FILE.txt');
  }
});
