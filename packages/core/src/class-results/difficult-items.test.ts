import { difficultItems, type ItemTally } from './difficult-items';

const tally = (label: string, missed: number, answered: number): ItemTally => ({
  lessonSlug: 'who-says-so',
  exerciseId: 'find-cues',
  label,
  missed,
  answered,
});

test('puts the items missed by the largest share first, then the most missed, and drops the rest', () => {
  const sorted = difficultItems([
    tally('half of two', 1, 2),
    tally('all of one', 1, 1),
    tally('half of ten', 5, 10),
    tally('nobody missed', 0, 10),
    tally('three of four', 3, 4),
  ]);
  expect(sorted.map((t) => t.label)).toEqual([
    'all of one',
    'three of four',
    'half of ten',
    'half of two',
  ]);
});

test('keeps only as many as asked', () => {
  expect(difficultItems([tally('a', 1, 1), tally('b', 1, 2), tally('c', 1, 3)], 2)).toHaveLength(2);
});
