/**
 * @jest-environment node
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { removeAnnotation } from '@sayswho/core';
import { findLessonsDir } from '@sayswho/lessons';
import { writeChecked } from './checked-write';
import { withCorpusCopy } from './testing/corpus-copy';

const corpusCopy = withCorpusCopy();
const dirs = () => ({ corpus: corpusCopy(), lessons: findLessonsDir() });
const storyFile = (corpus: string) => path.join(corpus, 'ap-landmines-2024', 'story.yaml');
/** A change that breaks nothing: a comment at the end of story.yaml. */
const harmless = (note: string) => (corpus: string) =>
  appendFileSync(storyFile(corpus), `# ${note}\n`);
/** Deletes an annotation a lesson's Rewrite names, so the lesson breaks. */
const breakALesson = (corpus: string) => {
  const file = path.join(corpus, 'ap-landmines-2024', 'ap-landmines-latimes.yaml');
  writeFileSync(file, removeAnnotation(readFileSync(file, 'utf8'), 'latimes-battered'));
};

describe('writeChecked: a save is refused only for what it breaks itself', () => {
  it('refuses a save that breaks a lesson right after one that did not, and writes nothing', () => {
    expect(writeChecked(dirs(), harmless('first')).ok).toBe(true);
    const before = readFileSync(storyFile(corpusCopy()), 'utf8');
    const saved = writeChecked(dirs(), breakALesson);
    expect(saved).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/latimes-battered/)],
    });
    expect(readFileSync(storyFile(corpusCopy()), 'utf8')).toBe(before);
  });

  it('lets the next save through when a file was broken by hand since the last one', () => {
    expect(writeChecked(dirs(), harmless('first')).ok).toBe(true);
    breakALesson(corpusCopy()); // the teacher, in an editor
    expect(writeChecked(dirs(), harmless('second'))).toEqual({ ok: true, value: undefined });
    expect(readFileSync(storyFile(corpusCopy()), 'utf8')).toMatch(/# first\n# second\n$/);
  });
});
