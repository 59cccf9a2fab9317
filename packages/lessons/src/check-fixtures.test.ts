/**
 * Planted mistakes: each folder in fixtures/ is a small `lessons/` folder named after the one
 * mistake it holds, with `expected.txt` listing the messages `npm run check` must print for it
 * (each line appears in one message, and there are no other messages). A folder whose
 * expected.txt is empty is a lesson that must pass. A folder with a `corpus/` of its own is
 * checked against it (a mistake in an article's file and what it does to the lessons on it).
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatDiagnostic, loadCorpus, type Diagnostic } from '@sayswho/core';
import { checkLessons, corpusFirst } from './check-lessons';

const root = path.join(__dirname, 'fixtures');
const seed = loadCorpus();

const planted = new Map<string, Diagnostic[]>();

/** Every problem `npm run check` lists for the fixture (in `dir`, a copy of it when given). */
function checkFixture(name: string, dir?: string): Diagnostic[] {
  if (dir) return checkFolder(dir);
  // A fixture as planted is checked once: its tests, the fixes' list and each fix's "before" read it.
  let listed = planted.get(name);
  if (!listed) planted.set(name, (listed = checkFolder(path.join(root, name))));
  return listed;
}

function checkFolder(dir: string): Diagnostic[] {
  const own = existsSync(path.join(dir, 'corpus')) ? loadCorpus(path.join(dir, 'corpus')) : null;
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => ({ file: `lessons/${f}`, source: readFileSync(path.join(dir, f), 'utf8') }));
  const kit = checkLessons(sources, (own ?? seed).corpus);
  return corpusFirst(own?.diagnostics ?? [], kit.diagnostics);
}

// teacher-trial is a whole kit (its own corpus and lessons) that must pass: teacher-trial.test.ts checks it.
const fixtures = readdirSync(root)
  .filter((name) => !name.startsWith('.') && name !== 'teacher-trial')
  .sort();

test('there are at least 30 planted mistakes', () => {
  expect(
    fixtures.filter(
      (name) => readFileSync(path.join(root, name, 'expected.txt'), 'utf8').trim() !== '',
    ).length,
  ).toBeGreaterThanOrEqual(30);
});

test.each(fixtures)('%s gives the right located message, with a fix in words', (name) => {
  const expected = readFileSync(path.join(root, name, 'expected.txt'), 'utf8')
    .split('\n')
    .filter(Boolean);
  const listed = checkFixture(name);
  const printed = listed.map(formatDiagnostic);
  expect(printed).toHaveLength(expected.length);
  for (const line of expected) expect(printed.filter((p) => p.includes(line))).toHaveLength(1);
  // Never the validator's own text ("Invalid option: expected one of …"), never without a fix.
  for (const d of listed) {
    expect(formatDiagnostic(d)).not.toMatch(/Invalid (option|input|type)|expected (one of|string)/);
    expect(d.fix?.trim()).toBeTruthy();
  }
});

// The mistakes met when a new teacher tried the kit: each fix, applied as it is, must pass.
const MET_IN_THE_TRIAL = [
  'article-tag-never-closed',
  'tags-never-closed',
  'objective-indented-one-space-too-far',
  'definition-with-a-comma',
  'curly-quotes-around-a-prop',
  'missing-id-already-used',
  'paragraph-instead-of-paragraphs',
  'paragraphs-written-3-7',
  'skills-not-in-brackets',
  'yaml-slip-in-an-annotation',
  'yaml-slip-in-the-article-details',
];

/** The file a diagnostic names, inside a copy of its fixture. */
function fileIn(copy: string, name: string, file: string): string {
  if (file.startsWith('lessons/')) return path.join(copy, file.slice('lessons/'.length));
  const marker = `fixtures/${name}/`;
  return path.join(copy, file.slice(file.indexOf(marker) + marker.length));
}

const withEdits = fixtures.flatMap((name) =>
  checkFixture(name).flatMap((d) => (d.edit ? [[name, d] as const] : [])),
);

test('every mistake met in the trial comes with a fix that can be applied as it is', () => {
  expect([...new Set(withEdits.map(([name]) => name))]).toEqual(
    expect.arrayContaining(MET_IN_THE_TRIAL),
  );
});

describe('a suggested fix, applied, removes its problem and brings no new one', () => {
  test.each(withEdits.map(([name, d]) => [name, formatDiagnostic(d), d] as const))(
    '%s: %s',
    (name, _, d) => {
      const copy = mkdtempSync(path.join(tmpdir(), 'sayswho-fix-'));
      try {
        cpSync(path.join(root, name), copy, { recursive: true });
        const file = fileIn(copy, name, d.file);
        const text = readFileSync(file, 'utf8');
        const { offset, length, text: replacement } = d.edit!;
        writeFileSync(file, text.slice(0, offset) + replacement + text.slice(offset + length));
        const what = (x: Diagnostic) => `${x.severity}: ${x.message}`;
        const before = checkFixture(name).map(what);
        const after = checkFixture(name, copy).map(what);
        expect(after).not.toContain(what(d));
        for (const problem of after) expect(before).toContain(problem);
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    },
  );
});
