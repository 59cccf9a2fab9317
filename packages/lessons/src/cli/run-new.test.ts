import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
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

/** A new lesson with every example switched on, as its own instructions say. */
function switchOn(source: string): string {
  const more = [...source.matchAll(/Also add (\S+) to the articles: line/g)].map((m) => m[1]!);
  return source
    .replace(
      /^articles: \[(.*)\]$/m,
      (_, ids: string) => `articles: [${[ids, ...more].join(', ')}]`,
    )
    .replace(
      /\{\/\* (SPOT|CHOICE|CLASSIFY|REWRITE|COMPARE):.*\n(\s+(Also add|Before you) .*\n)?/g,
      '',
    )
    .replace(/\n\*\/\}\n/g, '\n');
}

test('every commented exercise example in a new lesson passes the checker once switched on', () => {
  runNew(['lesson', 'Examples', '--lessons', 'lessons', '--corpus', 'corpus'], quiet, dir);
  const file = path.join(dir, 'lessons', 'examples.mdx');
  writeFileSync(file, switchOn(readFileSync(file, 'utf8')));
  const { out, lines } = capture();
  expect(runCheck(['--lessons', 'lessons', '--corpus', 'corpus'], out, dir)).toBe(0);
  expect(lines.join('\n')).toMatch(/with 5 exercise\(s\)/);
});

test('with --article, the examples fit that article: its paragraphs, its sources, its loaded words, its own story', () => {
  rmSync(path.join(dir, 'corpus'), { recursive: true });
  cpSync(
    path.join(__dirname, '..', 'fixtures', 'teacher-trial', 'corpus'),
    path.join(dir, 'corpus'),
    {
      recursive: true,
    },
  );
  const args = ['lesson', 'Bells', '--article', 'board-millbrook-ledger'];
  runNew([...args, '--lessons', 'lessons', '--corpus', 'corpus'], quiet, dir);
  const file = path.join(dir, 'lessons', 'bells.mdx');
  const source = readFileSync(file, 'utf8');
  expect(source).not.toMatch(/Before you switch it on/);
  expect(source).toContain(
    '<Article article="board-millbrook-ledger" paragraphs={[1, 3]} headline />',
  );
  expect(source).toContain('<Compare id="what-changed" story="board" mode="spot"');
  expect(source).toContain('annotations={["ledger-heated"]}');
  writeFileSync(file, switchOn(source));
  const { out, lines } = capture();
  expect(runCheck(['--lessons', 'lessons', '--corpus', 'corpus'], out, dir)).toBe(0);
  expect(lines.join('\n')).toMatch(/with 5 exercise\(s\)/);
});

test('an example the article cannot have yet says what to add first', () => {
  writeFileSync(
    path.join(dir, 'notice.txt'),
    'Library closes early\nThe library closes at noon on Friday.\n',
  );
  runNew(
    ['article', '--text', 'notice.txt', '--outlet', 'Gazette', '--corpus', 'corpus'],
    quiet,
    dir,
  );
  runNew(
    [
      'lesson',
      'Notice',
      '--article',
      'notice-gazette',
      '--lessons',
      'lessons',
      '--corpus',
      'corpus',
    ],
    quiet,
    dir,
  );
  const source = readFileSync(path.join(dir, 'lessons', 'notice.mdx'), 'utf8');
  expect(source).toContain('<Article article="notice-gazette" paragraphs={[1, 1]} headline />');
  expect(source).toContain(
    'Before you switch it on: notice-gazette has no annotations to find yet: add some to its .yaml first.',
  );
  expect(source).toContain(
    'Before you switch it on: notice-gazette has no loaded-wording annotation yet: add one to its .yaml first.',
  );
  // The lesson itself, examples still off, has nothing to fix (the new article's placeholders do).
  const { out, lines } = capture();
  runCheck(['--lessons', 'lessons', '--corpus', 'corpus'], out, dir);
  expect(lines.filter((l) => l.startsWith('lessons/'))).toEqual([]);
});

test('a new article from a plain text file joins wrapped lines, takes the first line as headline, and asks only for what the teacher must fill in', () => {
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
  expect(lines.join('\n')).toContain('replace each "FILL IN …" (wire, byline, dateline, url)');
  const { corpus, diagnostics } = loadCorpus(path.join(dir, 'corpus'));
  // Each placeholder is one error naming the field; nothing else is wrong, and the article loads.
  expect(
    diagnostics.map((d) => /`(\w+)` still holds the template’s words/.exec(d.message)?.[1]),
  ).toEqual(['wire', 'wire', 'byline', 'dateline', 'url']);
  const article = corpus.articles.find((a) => a.id === 'bridge-springfield-gazette')!;
  expect(article.headline).toBe('Bridge to reopen on Monday');
  expect(article.blocks.filter((b) => b.paragraph !== null)).toHaveLength(2);
});

test('a new article with its details given, none where there is none, passes the check as it is', () => {
  writeFileSync(
    path.join(dir, 'bridge.txt'),
    'Bridge to reopen\nThe bridge will reopen on Monday.\n',
  );
  const details = [
    '--byline',
    'Dana Whitfield',
    '--dateline',
    'none',
    '--wire',
    'none',
    '--url',
    'none',
  ];
  expect(
    runNew(
      ['article', '--text', 'bridge.txt', '--outlet', 'Gazette', ...details, '--corpus', 'corpus'],
      quiet,
      dir,
    ),
  ).toBe(0);
  const { corpus, diagnostics } = loadCorpus(path.join(dir, 'corpus'));
  expect(diagnostics).toEqual([]);
  const article = corpus.articles.find((a) => a.id === 'bridge-gazette')!;
  expect([article.byline, article.dateline, article.wire, article.url]).toEqual([
    'Dana Whitfield',
    null,
    null,
    null,
  ]);
});

test('an article with no headline (--headline none) keeps its first line as paragraph 1', () => {
  writeFileSync(
    path.join(dir, 'notice.txt'),
    'The library will close early on Friday for repairs, the town said.\nIt reopens on Monday.\n',
  );
  const details = ['--byline', 'none', '--dateline', 'none', '--wire', 'none', '--url', 'none'];
  const { out, lines } = capture();
  expect(
    runNew(
      [
        'article',
        '--text',
        'notice.txt',
        '--outlet',
        'Gazette',
        '--headline',
        'none',
        ...details,
        '--corpus',
        'corpus',
      ],
      out,
      dir,
    ),
  ).toBe(0);
  expect(lines.join('\n')).toContain('The text has no headline and 2 paragraph(s).');
  const { corpus, diagnostics } = loadCorpus(path.join(dir, 'corpus'));
  // The story's title is the one thing left to say: there is no headline to take it from.
  expect(diagnostics.map((d) => d.message)).toEqual([
    'story.yaml: `title` still holds the template’s words (“FILL IN the title of the story”)',
  ]);
  const article = corpus.articles.find((a) => a.id === 'notice-gazette')!;
  expect(article.headline).toBeNull();
  expect(article.blocks.map((b) => [b.role, b.paragraph])).toEqual([
    ['paragraph', 1],
    ['paragraph', 2],
  ]);
});

test('a first line that reads like a paragraph gets a warning that the article may have no headline', () => {
  writeFileSync(
    path.join(dir, 'notice.txt'),
    'The library will close early on Friday for repairs to its roof and heating, the town council said on Tuesday evening.\nIt reopens on Monday.\n',
  );
  const { out, lines } = capture();
  expect(runNew(['article', '--text', 'notice.txt', '--corpus', 'corpus'], out, dir)).toBe(0);
  expect(lines.join('\n')).toContain(
    '⚠ The first line looks like a paragraph, not a headline. If the article has no headline',
  );
  expect(lines.join('\n')).toContain('--headline none');
});

test('a second version of a story is added to the story’s list of articles, with a differences.yaml that passes the check', () => {
  writeFileSync(
    path.join(dir, 'bridge.txt'),
    'Bridge to reopen\nThe bridge will reopen on Monday.\n',
  );
  writeFileSync(path.join(dir, 'bridge-2.txt'), 'Bridge reopens\nThe bridge reopens on Monday.\n');
  const details = ['--byline', 'none', '--dateline', 'none', '--wire', 'none', '--url', 'none'];
  const command = (file: string, outlet: string, ...more: string[]) =>
    runNew(
      ['article', '--text', file, '--outlet', outlet, ...details, ...more, '--corpus', 'corpus'],
      capture().out,
      dir,
    );
  expect(command('bridge.txt', 'Gazette')).toBe(0);
  const storyDir = path.join(dir, 'corpus', 'bridge');
  expect(existsSync(path.join(storyDir, 'differences.yaml'))).toBe(false);
  const { out, lines } = capture();
  expect(
    runNew(
      [
        'article',
        '--text',
        'bridge-2.txt',
        '--outlet',
        'Herald',
        ...details,
        '--story',
        'bridge',
        '--corpus',
        'corpus',
      ],
      out,
      dir,
    ),
  ).toBe(0);
  expect(readFileSync(path.join(storyDir, 'story.yaml'), 'utf8')).toMatch(
    /articles: \[ ?bridge-gazette, bridge-herald ?\]/,
  );
  expect(lines.join('\n')).toContain('corpus/bridge/differences.yaml');
  expect(readFileSync(path.join(storyDir, 'differences.yaml'), 'utf8')).toMatch(
    /^from: bridge-gazette\nto: bridge-herald\n/m,
  );
  const { corpus, diagnostics } = loadCorpus(path.join(dir, 'corpus'));
  expect(diagnostics).toEqual([]);
  expect(corpus.stories.find((st) => st.id === 'bridge')!.comparison).not.toBeNull();
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
    'The text has a headline (“Bridge to reopen”) and 1 paragraph(s).\n⚠ All the lines after the headline were joined into one paragraph',
  );

  const second = capture();
  writeFileSync(
    path.join(dir, 'ferry.txt'),
    'Ferry to reopen\nThe ferry will reopen on Monday.\nTraffic has doubled.\n',
  );
  expect(runNew(['article', '--text', 'ferry.txt', '--corpus', 'corpus'], second.out, dir)).toBe(0);
  expect(second.lines.join('\n')).toContain(
    'The text has a headline (“Ferry to reopen”) and 2 paragraph(s).\n\nNext:',
  );
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
