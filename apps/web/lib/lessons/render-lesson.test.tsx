/**
 * The renderer's half of "lesson content is content". The live preview (`npm run dev`) renders a
 * lesson that has errors, with each broken component replaced by its message but the Markdown
 * around it as written: a link the check refused is still in the tree. So rendering each hostile
 * lesson here, after the check has spoken, is exactly what reaches a browser when the check's
 * verdict is ignored; a production build renders the same way (and stops on the errors first).
 */
import { render } from '@testing-library/react';
import { loadCorpus } from '@sayswho/core';
import { checkLesson } from '@sayswho/lessons';
import {
  HOSTILE_SNIPPETS,
  plantedLesson,
  unsafeParts,
} from '@sayswho/lessons/hostile-content.testdata';
import { renderLesson } from './render-lesson';

const { corpus } = loadCorpus();

test.each(HOSTILE_SNIPPETS)('$name cannot run script or fetch from the lesson page', ({ mdx }) => {
  const lesson = checkLesson(plantedLesson(mdx), {
    file: 'lessons/planted.mdx',
    slug: 'planted',
    corpus,
  });
  for (const view of ['student', 'teacher'] as const) {
    const { container, unmount } = render(<>{renderLesson(lesson, { view, corpus })}</>);
    expect(unsafeParts(container.innerHTML)).toEqual([]);
    unmount();
  }
});
