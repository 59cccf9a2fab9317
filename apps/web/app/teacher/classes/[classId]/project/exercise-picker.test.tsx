import { render, screen, within } from '@testing-library/react';
import type { ClassLesson } from '@sayswho/classroom';
import type { ExerciseSpec } from '@sayswho/lessons';
import { exerciseTitles } from '@/components/class-results/exercise-titles';
import { ExercisePicker } from './exercise-picker';

// Only what the menu is made of: each lesson's title and its exercises' ids and types.
const lesson = (slug: string, title: string, types: ExerciseSpec['type'][]) =>
  ({
    slug,
    frontmatter: { title },
    exercises: types.map((type, n) => ({ id: `${slug}-${n + 1}`, type })),
  }) as unknown as ClassLesson;
const lessons = [
  lesson('who', 'Who says so?', ['spot', 'choice']),
  lesson('battered', 'Battered or clobbered?', ['spot', 'rewrite']),
];

function picker(chosen: string | null = null) {
  render(<ExercisePicker lessons={lessons} titles={exerciseTitles(lessons)} chosen={chosen} />);
  return screen.getByRole('combobox', { name: 'Exercise to show' });
}

test('every option says its exercise and its lesson, so no two read the same', () => {
  const options = within(picker()).getAllByRole('option');
  expect(options.map((o) => o.textContent)).toEqual([
    'Exercise 1: Spot (Who says so?)',
    'Exercise 2: Choice (Who says so?)',
    'Exercise 1: Spot (Battered or clobbered?)',
    'Exercise 2: Rewrite (Battered or clobbered?)',
  ]);
  expect(new Set(options.map((o) => o.textContent)).size).toBe(options.length);
});

test('the options are grouped under their lessons, and the exercise shown now is chosen', () => {
  const select = picker('battered/battered-1');
  expect(
    within(within(select).getByRole('group', { name: 'Battered or clobbered?' }))
      .getAllByRole('option')
      .map((o) => o.getAttribute('value')),
  ).toEqual(['battered/battered-1', 'battered/battered-2']);
  expect(select).toHaveValue('battered/battered-1');
});
