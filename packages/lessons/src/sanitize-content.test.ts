import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { sanitizeContent } from './sanitize-content';

const markdown = unified().use(remarkParse).use(remarkGfm);
const hastOf = (source: string) => toHast(markdown.parse(source) as Root) as HastRoot;

// Everything Markdown can say in the kit: the authoring guide (headings, tables, code, links to
// the web, to lessons and to its own sections) and what it does not happen to use.
const GUIDE = readFileSync(path.join(__dirname, '../../../docs/authoring-guide.md'), 'utf8');
const EXTRAS = `
1. *one* and **two** and ~~three~~ and \`code\`\\
   after a hard break
3. [x] a task done
4. [ ] a task to do

| left | centre | right |
| :--- | :----: | ----: |
| a    | b      | c     |

> A quote with a footnote.[^note] [A link](https://apnews.com "the AP") and [a section](#top).

\`\`\`yaml
title: Who says so?
\`\`\`

---

[^note]: The footnote, with [a lesson](/lessons/who-says-so/).
`;

test.each([
  ['the authoring guide', GUIDE],
  ['lists, tasks, tables, quotes, footnotes and code', EXTRAS],
])('%s keeps every element and attribute', (_, source) => {
  const hast = hastOf(source);
  expect(sanitizeContent(hast)).toEqual(hast);
});

test('an element the kit does not make goes with its content, and a refused link loses its address', () => {
  const hast = hastOf('[the source](//evil.example/p)');
  const p = hast.children[0]!;
  if (p.type !== 'element') throw new Error('expected a paragraph');
  p.children.push({
    type: 'element',
    tagName: 'script',
    properties: {},
    children: [{ type: 'text', value: 'alert(1)' }],
  });
  expect(sanitizeContent(hast).children[0]).toMatchObject({
    tagName: 'p',
    children: [{ tagName: 'a', properties: {}, children: [{ value: 'the source' }] }],
  });
});

test('the renderer’s placeholders keep their index and nothing else', () => {
  const tree: HastRoot = {
    type: 'root',
    children: [
      {
        type: 'element',
        tagName: 'lesson-part',
        properties: { dataIndex: 3, onClick: 'alert(1)', style: 'color:red' },
        children: [],
      },
    ],
  };
  expect(sanitizeContent(tree, ['lesson-part']).children).toEqual([
    { type: 'element', tagName: 'lesson-part', properties: { dataIndex: 3 }, children: [] },
  ]);
  expect(sanitizeContent(tree).children).toEqual([]);
});
