import { render, screen, within } from '@testing-library/react';
import type { ClassLesson, ClassResults, StudentResults } from '@sayswho/classroom';
import type { ExerciseSpec } from '@sayswho/lessons';
import { GOLD, PASSAGE, RESULTS } from '@/components/class-results/class-results.testdata';
import { ClassReport } from './class-report';

// A lesson of a Spot (the test passage, five answers) and a Choice, as much of them as is drawn.
const spot = {
  id: 'find-loaded',
  type: 'spot',
  public: { type: 'spot', promptHtml: 'Mark the loaded words.', passage: PASSAGE },
  key: { type: 'spot', key: { gold: GOLD } },
} as unknown as ExerciseSpec;
const choice = {
  id: 'which-source',
  type: 'choice',
  public: {
    type: 'choice',
    promptHtml: 'Who is named?',
    options: [
      { id: 'a', html: 'The minister' },
      { id: 'b', html: 'Officials' },
    ],
  },
  key: { type: 'choice' },
} as unknown as ExerciseSpec;
const lesson = {
  slug: 'loaded',
  frontmatter: { title: 'Loaded words' },
  exercises: [spot, choice],
} as unknown as ClassLesson;

const students = ['Zofia', 'Bartholomew', 'Cyrus'].map(
  (name, n) => ({ id: `s${n}`, name, label: name }) as StudentResults,
);
const statuses = { 'not-started': 1, working: 0, checked: 2, 'answer-shown': 0 };
const results: ClassResults = {
  students,
  exercises: [
    {
      lessonSlug: 'loaded',
      lessonTitle: 'Loaded words',
      exerciseId: 'find-loaded',
      statuses,
      view: { type: 'spot', passage: RESULTS },
    },
    {
      lessonSlug: 'loaded',
      lessonTitle: 'Loaded words',
      exerciseId: 'which-source',
      statuses,
      view: {
        type: 'choice',
        options: {
          answered: 2,
          wrong: 1,
          options: [
            { id: 'a', chosen: 1, correct: true },
            { id: 'b', chosen: 1, correct: false },
          ],
        },
      },
    },
  ],
  difficult: [
    {
      lessonSlug: 'loaded',
      exerciseId: 'find-loaded',
      label: 'slammed',
      missed: 1,
      answered: 5,
    },
  ],
};

function report() {
  return render(
    <ClassReport
      className="Period 5"
      day="3 Dec 2026, 09:15"
      lessons={[lesson]}
      results={results}
    />,
  );
}

test('the top says which class, when, how many students and that the report names none', () => {
  report();
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Class report: Period 5');
  expect(screen.getByText('3 Dec 2026, 09:15 · 3 students in the class')).toBeVisible();
  expect(screen.getByRole('list', { name: 'Lessons' })).toHaveTextContent(/^Loaded words$/);
  expect(screen.getByText(/It names no student/)).toBeVisible();
});

test('no student’s name is anywhere in it', () => {
  const { container } = report();
  for (const s of students) expect(container.textContent).not.toContain(s.name);
});

test('each exercise is headed by its title under its lesson, and the difficult items name it', () => {
  report();
  expect(screen.getByRole('heading', { level: 3, name: 'Loaded words' })).toBeVisible();
  expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([
    'Exercise 1: Spot',
    'Exercise 2: Choice',
  ]);
  expect(screen.getByRole('link', { name: /slammed.*Exercise 1: Spot/ })).toHaveAttribute(
    'href',
    '#results-loaded-find-loaded',
  );
});

test('on paper nothing needs a click: the key is shown with no box to tick, and the marks’ table is open', () => {
  const { container } = report();
  expect(screen.queryByRole('checkbox')).toBeNull();
  expect(container.querySelectorAll('.results-scope--keyed')).toHaveLength(2);
  expect(container.querySelector('details')).toHaveAttribute('open');
  const table = screen.getByRole('table', { name: 'Words marked in The Daily Test' });
  expect(
    within(table)
      .getAllByRole('row')
      .map((r) => r.textContent),
  ).toEqual([
    'WordParagraphStudents who marked itIn the key',
    'slammed14Yes',
    'plan12No',
    'insisted21Borderline',
  ]);
});

test('a Choice’s spread names the right answer in words beside its count', () => {
  report();
  const spread = screen.getByRole('list', { name: 'Who is named?' });
  expect(
    within(spread)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(['The minister1 student✓ the right answer', 'Officials1 student']);
});
