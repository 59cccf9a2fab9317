/**
 * `@sayswho/core/quiz` runs in the browser: its source may import only itself, the vocabulary,
 * the diagnostics and the corpus *types*. This reads every import of every non-test file in
 * src/quiz and fails on anything else (fs, yaml, zod, the corpus loader …).
 */
// This test runs in Node and reads the quiz source; the browser-only rule is for the source itself.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const QUIZ = __dirname;
const ALLOWED = new Set(['../vocabulary', '../diagnostics']);
const IMPORT = /^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|\brequire\(\s*['"]([^'"]+)['"]\s*\)/gm;

function importsOf(source: string): { spec: string; typeOnly: boolean }[] {
  return [...source.matchAll(IMPORT)].map((m) => ({
    spec: (m[3] ?? m[4] ?? m[5] ?? m[6])!,
    typeOnly: m[2] !== undefined,
  }));
}

function problemsOf(file: string, source: string): string[] {
  return importsOf(source).flatMap(({ spec, typeOnly }) => {
    if (spec.startsWith('./') && !spec.includes('..')) return [];
    if (ALLOWED.has(spec)) return [];
    if (spec === '../corpus/types' && typeOnly) return [];
    return [`${file} imports “${spec}”${spec === '../corpus/types' ? ' without `import type`' : ''}`];
  });
}

const sources = readdirSync(QUIZ).filter((f) => f.endsWith('.ts') && !/\.(test|testdata)\.ts$/.test(f));

test('the quiz source imports nothing that cannot run in a browser', () => {
  expect(sources.length).toBeGreaterThan(5);
  const problems = sources.flatMap((f) => problemsOf(f, readFileSync(path.join(QUIZ, f), 'utf8')));
  expect(problems).toEqual([]);
});

test.each([
  ['a Node built-in', "import { readFileSync } from 'node:fs';"],
  ['the YAML parser', "import YAML from 'yaml';"],
  ['the corpus loader', "import { loadCorpus } from '../corpus/load-corpus';"],
  ['a value import of the corpus types', "import { Span } from '../corpus/types';"],
  ['a dynamic import', "const fs = await import('fs');"],
])('the check catches %s', (_what, line) => {
  expect(problemsOf('example.ts', line)).toHaveLength(1);
});
