import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCorpus } from '@sayswho/core';
import type { Nodes } from 'mdast';
import { checkLesson } from './check-lesson';
import { componentData } from './lesson-tree';

const { corpus } = loadCorpus();
const fixture = (name: string) =>
  readFileSync(path.join(__dirname, 'fixtures', name, 'lesson.mdx'), 'utf8');
const check = (source: string) =>
  checkLesson(source, { file: 'lessons/lesson.mdx', slug: 'lesson', corpus });

function components(tree: Nodes): Nodes[] {
  const found: Nodes[] = [];
  const walk = (node: Nodes) => {
    if (componentData(node)) found.push(node);
    if ('children' in node) node.children.forEach(walk);
  };
  walk(tree);
  return found;
}

test('a good lesson gives each exercise a public part and a key at its own address', () => {
  const lesson = check(fixture('valid-lesson'));
  expect(lesson.diagnostics).toEqual([]);
  expect(lesson.frontmatter?.title).toBe('Planted mistake');
  expect(lesson.exercises.map((e) => [e.id, e.type, e.public.keyUrl])).toEqual([
    ['find-cues', 'spot', '/keys/lesson/find-cues.json'],
    ['which-source', 'choice', '/keys/lesson/which-source.json'],
  ]);
  const spot = lesson.exercises[0]!.public;
  if (spot.type !== 'spot') throw new Error('expected a spot');
  expect(spot.passage.blocks.map((b) => b.paragraph)).toEqual([1, 2, 3, 4, 5, 6]);
  expect(spot.promptHtml).toBe(
    '<p>Select every cue word: the words that tell you someone is speaking.</p>',
  );
  expect(spot.hintsHtml).toEqual(['<p>Look for “said”.</p>']);
  expect(spot.lesson).toEqual({ slug: 'lesson', fingerprint: lesson.fingerprint });
});

test('answers, feedback and explanations are in the key part, never in the public part', () => {
  const lesson = check(fixture('valid-lesson'));
  const publicJson = JSON.stringify(lesson.exercises.map((e) => e.public));
  expect(publicJson).not.toMatch(/"correct"|feedback|explanation|gold/i);
  expect(publicJson).not.toContain('The cues are the words');
  const choice = lesson.exercises[1]!.key;
  expect(choice.type === 'choice' && choice.key.options.map((o) => o.correct)).toEqual([
    true,
    false,
  ]);
  expect(lesson.exercises[0]!.key.explanationHtml).toBe(
    '<p>The cues are the words that tell you someone is speaking.</p>',
  );
});

test('a broken exercise carries its error in the tree, and the rest of the lesson still renders', () => {
  const lesson = check(fixture('unknown-article'));
  const [article, spot, choice] = components(lesson.tree!).filter(
    (n) =>
      componentData(n)!.component !== 'Hint' &&
      componentData(n)!.component !== 'Explanation' &&
      componentData(n)!.component !== 'Option',
  );
  expect(componentData(spot!)!.problems.map((d) => d.message)).toEqual([
    '<Spot article="ap-landmines-latims"> — no such article',
  ]);
  expect(componentData(spot!)!.exerciseId).toBeUndefined();
  expect(componentData(article!)!.display?.passage.blocks).toHaveLength(3);
  expect(componentData(choice!)!.exerciseId).toBe('which-source');
});

test('the pass mark is 80% unless the lesson or the exercise sets another', () => {
  const source = fixture('valid-lesson');
  const passMarks = (text: string) => check(text).exercises.map((e) => e.public.policy.passMark);
  expect(passMarks(source)).toEqual([0.8, 0.8]);
  const lessonWide = source.replace(/^---\n/, '---\npassMark: 60\n');
  expect(passMarks(lessonWide)).toEqual([0.6, 0.6]);
  const onTheSpot = lessonWide.replace('<Spot ', '<Spot passMark={100} ');
  expect(passMarks(onTheSpot)).toEqual([1, 0.6]);
});

test('the fingerprint changes when an answer changes, so old progress is not scored against a new key', () => {
  const before = check(fixture('valid-lesson')).fingerprint;
  const edited = fixture('valid-lesson').replace('paragraphs={[1, 6]}', 'paragraphs={[1, 8]}');
  expect(check(edited).fingerprint).not.toBe(before);
  expect(check(fixture('valid-lesson')).fingerprint).toBe(before);
});

test('links are safe: a lesson’s text cannot carry a javascript: link into the page', () => {
  const lesson = check(fixture('javascript-link'));
  expect(lesson.diagnostics.map((d) => d.message)).toEqual([
    'the link "javascript:alert(1)" goes neither to an https:// page nor to a page of the kit',
  ]);
});
