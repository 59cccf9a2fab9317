/**
 * Planted mistakes: each folder in fixtures/ is a small `lessons/` folder named after the one
 * mistake it holds, with `expected.txt` listing the messages `npm run check` must print for it
 * (each line appears in one message, and there are no other messages). A folder whose
 * expected.txt is empty is a lesson that must pass.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatDiagnostic, loadCorpus } from '@sayswho/core';
import { checkLessons } from './check-lessons';

const root = path.join(__dirname, 'fixtures');
const { corpus } = loadCorpus();

function checkFixture(name: string) {
  const dir = path.join(root, name);
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => ({ file: `lessons/${f}`, source: readFileSync(path.join(dir, f), 'utf8') }));
  return checkLessons(sources, corpus);
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

test.each(fixtures)('%s gives the right located message', (name) => {
  const expected = readFileSync(path.join(root, name, 'expected.txt'), 'utf8')
    .split('\n')
    .filter(Boolean);
  const printed = checkFixture(name).diagnostics.map(formatDiagnostic);
  expect(printed).toHaveLength(expected.length);
  for (const line of expected) expect(printed.filter((p) => p.includes(line))).toHaveLength(1);
});
