import { loadCorpus } from '@sayswho/core';
import { checkLessons } from './check-lessons';
import { readLessonSources } from './index';

// Counts the parser's runs: a teacher's save re-checks the whole kit, and only what changed
// should be read anew.
let parses = 0;
jest.mock('unified', () => {
  const actual = jest.requireActual<typeof import('unified')>('unified');
  return {
    ...actual,
    unified: () => {
      const processor = actual.unified();
      const parse = processor.parse.bind(processor);
      processor.parse = ((...args: Parameters<typeof parse>) => {
        parses += 1;
        return parse(...args);
      }) as typeof processor.parse;
      return processor;
    },
  };
});

const { corpus } = loadCorpus();
const sources = readLessonSources();

test('checking the kit again after one lesson changed reads only that lesson anew, with the same results', () => {
  const first = checkLessons(sources, corpus);
  parses = 0;
  const again = checkLessons(sources, corpus);
  expect(parses).toBe(0);
  expect(again).toEqual(first);

  const added = 'One more paragraph, added by a teacher.';
  const edited = sources.map((s, i) => (i === 0 ? { ...s, source: `${s.source}\n${added}\n` } : s));
  const afterEdit = checkLessons(edited, corpus);
  expect(parses).toBe(1);
  expect(JSON.stringify(afterEdit.lessons[0])).toContain(added);
  expect(afterEdit.lessons.slice(1)).toEqual(first.lessons.slice(1));
});

test('a lesson checked again shows each problem once where it stands, not once per check', () => {
  // The check writes a problem onto the part of the tree it is about, where the preview draws it.
  const lesson = {
    file: 'lessons/imports.mdx',
    source: `${sources[0]!.source}\nimport x from 'y'\n`,
  };
  const problemsDrawn = () =>
    (
      JSON.stringify(checkLessons([lesson], corpus).lessons[0]!.tree).match(
        /not allowed in a lesson/g,
      ) ?? []
    ).length;
  expect(problemsDrawn()).toBe(1);
  expect(problemsDrawn()).toBe(1);
});
