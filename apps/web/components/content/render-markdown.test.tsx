import { render } from '@testing-library/react';
import { HOSTILE_SNIPPETS, unsafeParts } from '@sayswho/lessons/hostile-content.testdata';
import { renderMarkdown } from './render-markdown';

// The guide is the repo's own text, but it is Markdown like a lesson and gets the same protection.
test.each(HOSTILE_SNIPPETS)('$name in the guide cannot run script or fetch', ({ mdx }) => {
  const { container } = render(<>{renderMarkdown(`# Guide\n\n${mdx}\n`).content}</>);
  expect(unsafeParts(container.innerHTML)).toEqual([]);
});
