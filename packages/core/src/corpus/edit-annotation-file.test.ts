import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  putAnnotation,
  putDifference,
  removeAnnotation,
  removeDifference,
} from './edit-annotation-file';

const SEED = readFileSync(
  path.join(__dirname, '../../corpus/ap-landmines-2024/ap-landmines-latimes.yaml'),
  'utf8',
);
const MANAGED = [
  'kind',
  'paragraph',
  'quote',
  'source',
  'cue',
  'content',
  'sourceType',
  'explanation',
];

/** The lines that differ, as `git diff` would show them: removed with -, added with +. */
function diff(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return [
    ...a.slice(head, a.length - tail).map((l) => `-${l}`),
    ...b.slice(head, b.length - tail).map((l) => `+${l}`),
  ];
}
const annotation = (source: string, id: string) =>
  (parse(source) as { annotations: { id: string }[] }).annotations.find((a) => a.id === id);

describe('editing an annotation file in place', () => {
  it('changes one field of an annotation on its own line, and nothing else', () => {
    const seed = annotation(SEED, 'latimes-defense-secretary-said') as Record<string, unknown>;
    const after = putAnnotation(
      SEED,
      { ...seed, id: 'latimes-defense-secretary-said', cue: 'told reporters' },
      MANAGED,
    );
    expect(diff(SEED, after)).toEqual(['-    cue: said', '+    cue: told reporters']);
  });

  it('adds an annotation after the last one, leaving every other line and comment as it was', () => {
    const fields = {
      id: 'latimes-slammed',
      kind: 'loaded-wording',
      paragraph: 7,
      quote: { quote: 'criticized', occurrence: 2 },
      alternatives: ['questioned', 'objected to'],
      explanation: 'A stronger word than the facts need.',
    };
    const after = putAnnotation(SEED, fields, MANAGED);
    const added = diff(SEED, after);
    expect(added.every((l) => l.startsWith('+'))).toBe(true);
    // One blank line goes with the entry (the diff may show it before or after: they are alike).
    expect(added.filter((l) => l === '+')).toHaveLength(1);
    expect(added.filter((l) => l !== '+')).toEqual([
      '+  - id: latimes-slammed',
      '+    kind: loaded-wording',
      '+    paragraph: 7',
      '+    quote:',
      '+      quote: criticized',
      '+      occurrence: 2',
      '+    alternatives: [questioned, objected to]',
      '+    explanation: A stronger word than the facts need.',
    ]);
    expect(annotation(after, 'latimes-slammed')).toEqual(fields);
  });

  it('removes a field the new version leaves out, and keeps fields it does not manage', () => {
    const id = 'latimes-defense-secretary-said';
    const seed = annotation(SEED, id) as Record<string, unknown>;
    const { cue: _cue, source: _source, ...rest } = seed;
    const after = putAnnotation(SEED, { ...rest, id, sourceType: 'unattributed' }, MANAGED);
    expect(diff(SEED, after)).toEqual(
      [
        '-    source: the U.S. Defense secretary',
        '-    cue: said',
        expect.stringMatching(/^ {4}content: /),
        '-    extent: the U.S. Defense secretary said Wednesday',
        '-    sourceType: named-official',
        expect.stringMatching(/^\+ {4}content: /),
        '+    extent: the U.S. Defense secretary said Wednesday',
        '+    sourceType: unattributed',
      ].map((l, i) => (i === 2 ? expect.stringMatching(/^- {4}content: /) : l)),
    );
    expect(annotation(after, id)).toMatchObject({
      teacherNote: seed.teacherNote,
      distractors: seed.distractors,
    });
  });

  it('deletes an annotation with the blank line before it, and only that', () => {
    const after = removeAnnotation(SEED, 'latimes-second-policy-shift');
    const removed = diff(SEED, after);
    expect(removed.every((l) => l.startsWith('-'))).toBe(true);
    expect(removed).toContain('-  - id: latimes-second-policy-shift');
    expect(after).not.toMatch(/\n\s*\n\s*\n/);
    expect(annotation(after, 'latimes-second-policy-shift')).toBeUndefined();
    expect(parse(after).annotations).toHaveLength(parse(SEED).annotations.length - 1);
  });
});

const DIFFERENCES = readFileSync(
  path.join(__dirname, '../../corpus/ap-landmines-2024/differences.yaml'),
  'utf8',
);
const difference = (source: string, id: string) =>
  (parse(source) as { differences: { id: string }[] | null }).differences?.find((d) => d.id === id);

describe('editing a story’s differences.yaml in place', () => {
  it('adds the first difference to a new story’s file below its commented example, which stays', () => {
    // As `npm run new -- article` writes it for a story's second version (scaffold-article.ts).
    const template = [
      '# How bridge-gazette and bridge-herald differ.',
      'from: bridge-gazette',
      'to: bridge-herald',
      'differences:',
      '  # - id: storms-winds              # a short name you choose',
      '  #   kind: reworded                # added, removed, reworded, meaning-changed, name-form, punctuation',
      '',
    ].join('\n');
    const fields = {
      id: 'will-reopen-reopens',
      kind: 'meaning-changed',
      from: { quote: 'will reopen', paragraph: 1 },
      to: { quote: 'reopens', paragraph: 1 },
      explanation: 'One says it will happen; the other that it has.',
    };
    const after = putDifference(template, fields, ['kind', 'from', 'to', 'explanation']);
    expect(after.startsWith(template.trimEnd())).toBe(true);
    expect(after.slice(template.trimEnd().length)).toMatch(/^\n\n {2}- id: will-reopen-reopens\n/);
    expect(difference(after, 'will-reopen-reopens')).toEqual(fields);
  });

  it('relabels a difference and rewrites its explanation, keeping its quotes and teacher’s note line for line', () => {
    const after = putDifference(
      DIFFERENCES,
      { id: 'battered-clobbered', kind: 'meaning-changed', explanation: 'Not the same blow.' },
      ['kind', 'explanation'],
    );
    const changed = diff(DIFFERENCES, after);
    // The diff's one hunk runs from kind to explanation; the quotes between are the same lines.
    const both = changed.filter((l) =>
      changed.includes(`${l[0] === '-' ? '+' : '-'}${l.slice(1)}`),
    );
    expect(both).toEqual([
      '-    from: { quote: battered, paragraph: 2 }',
      '-    to: { quote: clobbered, paragraph: 2 }',
      '+    from: { quote: battered, paragraph: 2 }',
      '+    to: { quote: clobbered, paragraph: 2 }',
    ]);
    expect(changed.filter((l) => !both.includes(l))).toEqual([
      '-    kind: reworded',
      '-    explanation: >-',
      expect.stringMatching(/^- {6}The same fact/),
      expect.stringMatching(/^- {6}“clobbered”/),
      '+    kind: meaning-changed',
      '+    explanation: Not the same blow.',
    ]);
    expect(difference(after, 'battered-clobbered')).toMatchObject({
      from: { quote: 'battered', paragraph: 2 },
      teacherNote: expect.stringMatching(/^Either an outlet/),
    });
  });

  it('removes a difference and only its lines, so the kit’s own reading of those words is back', () => {
    const after = removeDifference(DIFFERENCES, 'battered-clobbered');
    expect(diff(DIFFERENCES, after).every((l) => l.startsWith('-'))).toBe(true);
    expect(difference(after, 'battered-clobbered')).toBeUndefined();
    expect(() => removeDifference(after, 'battered-clobbered')).toThrow(
      'There is no difference `battered-clobbered` in this file.',
    );
  });
});
