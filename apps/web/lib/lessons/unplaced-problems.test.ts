/**
 * @jest-environment node
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findCorpusDir, loadCorpus, type Diagnostic } from '@sayswho/core';
import { checkLesson, findLessonsDir } from '@sayswho/lessons';
import { unplacedProblems } from './unplaced-problems';

const { corpus } = loadCorpus(findCorpusDir());
const file = 'lessons/who-says-so.mdx';
const source = readFileSync(path.join(findLessonsDir(), 'who-says-so.mdx'), 'utf8');
const lesson = checkLesson(source, { file, slug: 'who-says-so', corpus });

function problem(file: string, message: string): Diagnostic {
  return { file, line: 12, column: 5, severity: 'error', message };
}

test('a lesson page lists the annotation mistakes of the stories it uses, and no others', () => {
  const inItsStory = problem(
    'packages/core/corpus/ap-landmines-2024/ap-landmines-latimes.yaml',
    'quote “stromed out” is not in the article',
  );
  const elsewhere = problem('packages/core/corpus/another-story/x.yaml', 'unknown kind');
  const kit = {
    corpus,
    lessons: [lesson],
    corpusDiagnostics: [inItsStory, elsewhere],
    diagnostics: [],
    livePreview: true,
  };
  expect(unplacedProblems(lesson, kit)).toEqual([inItsStory]);
});

test('a clean lesson in a clean corpus has nothing to list', () => {
  const kit = {
    corpus,
    lessons: [lesson],
    corpusDiagnostics: [],
    diagnostics: lesson.diagnostics,
    livePreview: true,
  };
  expect(unplacedProblems(lesson, kit)).toEqual([]);
});

test('warnings are for the teacher previewing the lesson, never for students on a built page', () => {
  const unused = checkLesson(
    source.replace(/^articles: \[(.*)\]$/m, 'articles: [$1, ap-landmines-spectrum]'),
    { file, slug: 'who-says-so', corpus },
  );
  const accents: Diagnostic = {
    ...problem('packages/core/corpus/ap-landmines-2024/ap-landmines-latimes.txt', 'not NFC'),
    severity: 'warning',
  };
  const kit = (livePreview: boolean) => ({
    corpus,
    lessons: [unused],
    corpusDiagnostics: [accents],
    diagnostics: unused.diagnostics,
    livePreview,
  });
  expect(unplacedProblems(unused, kit(true)).map((d) => d.message)).toEqual([
    'the frontmatter\'s `articles` lists "ap-landmines-spectrum", but nothing in the lesson uses it',
    'not NFC',
  ]);
  expect(unplacedProblems(unused, kit(false))).toEqual([]);
});
