import { loadCorpus } from '@sayswho/core';
import type { Nodes } from 'mdast';
import { checkLesson } from './check-lesson';
import { HOSTILE_SNIPPETS, plantedLesson, unsafeParts } from './hostile-content.testdata';
import { markdownToHtml } from './markdown-html';
import { parseLesson } from './parse-lesson';

const { corpus } = loadCorpus();

describe.each(HOSTILE_SNIPPETS)('$name', ({ mdx }) => {
  const source = plantedLesson(mdx);

  test('the check refuses it, naming the line', () => {
    const errors = checkLesson(source, {
      file: 'lessons/planted.mdx',
      slug: 'planted',
      corpus,
    }).diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((d) => d.line > 0)).toBe(true);
  });

  // An exercise's prompt, hints, options and explanation reach the page as HTML strings; build
  // them from the whole lesson with the check's verdict ignored.
  test('its HTML, built as if the check had passed, can neither run script nor fetch', () => {
    const { tree } = parseLesson(source, 'lessons/planted.mdx');
    const html = tree
      ? markdownToHtml(tree.children.filter((n) => n.type !== 'yaml') as Nodes[])
      : '';
    expect(unsafeParts(html)).toEqual([]);
  });
});

test('the detector finds what it looks for', () => {
  expect(
    unsafeParts(
      '<p><a href="javas&#x09;cript:x">a</a><img src="https://t.example/p.png" alt=""><b onclick="x">b</b><a href="https://apnews.com/">ok</a><input type="checkbox" disabled></p>',
    ),
  ).toEqual([
    'a href="javas&#x09;cript:x"',
    '<img>',
    'img src="https://t.example/p.png"',
    'b onclick="x"',
  ]);
});
