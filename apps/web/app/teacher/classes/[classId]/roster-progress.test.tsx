import { act, render, screen, within } from '@testing-library/react';
import type { StudentExerciseResult, StudentResults } from '@sayswho/classroom';
import type { ExerciseSpec } from '@sayswho/lessons';
import { exerciseTitles } from '@/components/class-results/exercise-titles';
import { rosterRow } from '@/lib/teacher-class/class-view';
import { RosterProgress } from './roster-progress';

const now = new Date('2026-03-10T10:00:00Z');
// Only what the titles are made of: the exercise's id and type.
const spec = (id: string, type: ExerciseSpec['type']) => ({ id, type }) as ExerciseSpec;
const battered = {
  slug: 'battered',
  frontmatter: { title: 'Battered or clobbered?' },
  exercises: [spec('find-loaded', 'spot'), spec('rewrite-battered', 'rewrite')],
};
/** The table's columns, as the class page makes them from its lessons. */
const columnsOf = (lessons: (typeof battered)[]) =>
  [...exerciseTitles(lessons).values()].map((t) => ({
    lessonSlug: t.lessonSlug,
    lessonTitle: t.lessonTitle,
    exerciseId: t.exerciseId,
    title: t.title,
    titleInLesson: t.titleInLesson,
  }));
const exercises = columnsOf([battered]);
const progress = (
  exerciseId: string,
  over: Partial<StudentExerciseResult> = {},
): StudentExerciseResult => ({
  lessonSlug: 'battered',
  exerciseId,
  status: 'not-started',
  attempts: 0,
  hints: 0,
  bestScore: null,
  answerShown: false,
  ...over,
});
const student = (id: string, label: string, over: Partial<StudentResults>): StudentResults => ({
  id,
  name: label.replace(/ \(\d+\)$/, ''),
  label,
  joinedAt: new Date('2026-03-10T09:00:00Z'),
  lastSeenAt: null,
  activeSeconds: 0,
  exercises: [progress('find-loaded'), progress('rewrite-battered')],
  ...over,
});

function renderRoster() {
  render(
    <RosterProgress
      classId="class-1"
      timeZone="UTC"
      exercises={exercises}
      rows={[
        student('s1', 'Sam', {
          lastSeenAt: new Date('2026-03-10T09:59:00Z'),
          activeSeconds: 12 * 60,
          exercises: [
            progress('find-loaded', { status: 'checked', attempts: 2, hints: 2, bestScore: 0.8 }),
            progress('rewrite-battered', { status: 'working' }),
          ],
        }),
        student('s2', 'Sam (2)', {
          lastSeenAt: new Date('2026-03-10T09:40:00Z'),
          exercises: [
            progress('find-loaded', { status: 'answer-shown', answerShown: true, bestScore: 0.25 }),
            progress('rewrite-battered'),
          ],
        }),
        student('s3', 'Lee', {}),
      ].map((s) => rosterRow(s, now))}
    />,
  );
  return screen.getByRole('table', { name: 'Progress per exercise' });
}

test('each student is a row headed by a link to their work, told apart by label', () => {
  const table = renderRoster();
  const rows = within(table).getAllByRole('row').slice(2);
  expect(rows.map((r) => within(r).getByRole('link').textContent)).toEqual([
    'Sam',
    'Sam (2)',
    'Lee',
  ]);
  expect(within(rows[1]!).getByRole('link')).toHaveAttribute(
    'href',
    '/teacher/classes/class-1/students/s2',
  );
});

test('the columns are the lesson’s exercises by title, under the lesson’s title', () => {
  const table = renderRoster();
  expect(
    within(table).getByRole('columnheader', { name: 'Battered or clobbered?' }),
  ).toHaveAttribute('colspan', '2');
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent),
  ).toEqual(['Student', 'Battered or clobbered?', 'Exercise 1: Spot', 'Exercise 2: Rewrite']);
});

test('with several lessons, a screen reader hears each column’s lesson with its title', () => {
  const whoSays = {
    slug: 'who',
    frontmatter: { title: 'Who says so?' },
    exercises: [spec('find-cues', 'spot')],
  };
  render(
    <RosterProgress
      classId="c"
      timeZone="UTC"
      exercises={columnsOf([battered, whoSays])}
      rows={[rosterRow(student('s1', 'Sam', {}), now)]}
    />,
  );
  // Seen: the titles under each lesson's header. Heard: each title with its lesson.
  const columns = screen.getAllByRole('columnheader').slice(3);
  expect(columns.map((h) => h.querySelector('[aria-hidden="true"]')?.textContent)).toEqual([
    'Exercise 1: Spot',
    'Exercise 2: Rewrite',
    'Exercise 1: Spot',
  ]);
  for (const name of [
    'Exercise 1: Spot (Battered or clobbered?)',
    'Exercise 2: Rewrite (Battered or clobbered?)',
    'Exercise 1: Spot (Who says so?)',
  ])
    expect(screen.getByRole('columnheader', { name })).toBeInTheDocument();
});

test('who is active now, who was last seen when (work may still come) and who sent nothing', () => {
  renderRoster();
  expect(screen.getByRole('rowheader', { name: /^Sam Active now/ })).toHaveTextContent(
    '12 min on task',
  );
  expect(screen.getByRole('rowheader', { name: /^Sam \(2\)/ })).toHaveTextContent(
    'Last seen 10 Mar 2026, 09:40 — work may still be on its way',
  );
  expect(screen.getByRole('rowheader', { name: /^Lee/ })).toHaveTextContent('No work received yet');
});

test('“Active now” turns to when they were last seen once they go quiet, with no refresh and no announcement', () => {
  jest.useFakeTimers({ now });
  try {
    renderRoster();
    const sam = screen.getByRole('rowheader', { name: /^Sam Active now/ });
    // Seen a minute before the page was made: still active 59 s later…
    act(() => jest.advanceTimersByTime(59_000));
    expect(sam).toHaveTextContent('Active now');
    // …and not once two minutes have passed since they were seen.
    act(() => jest.advanceTimersByTime(2_000));
    expect(sam).toHaveTextContent('Last seen 10 Mar 2026, 09:59 — work may still be on its way');
    expect(sam).not.toHaveTextContent('Active now');
    expect(sam.querySelector('[aria-live], [role="status"]')).toBeNull();
  } finally {
    jest.useRealTimers();
  }
});

test('a refresh that brings new work from a quiet student shows them active again', () => {
  jest.useFakeTimers({ now });
  try {
    const later = new Date(now.getTime() + 10 * 60_000);
    const props = (at: Date, seen: Date) => ({
      classId: 'c',
      timeZone: 'UTC',
      exercises,
      rows: [rosterRow(student('s1', 'Sam', { lastSeenAt: seen }), at)],
    });
    const { rerender } = render(
      <RosterProgress {...props(now, new Date('2026-03-10T09:59:00Z'))} />,
    );
    act(() => jest.advanceTimersByTime(10 * 60_000));
    expect(screen.getByRole('rowheader')).toHaveTextContent('Last seen');
    rerender(<RosterProgress {...props(later, later)} />);
    expect(screen.getByRole('rowheader')).toHaveTextContent('Active now');
    act(() => jest.advanceTimersByTime(2 * 60_000 + 1));
    expect(screen.getByRole('rowheader')).toHaveTextContent('Last seen 10 Mar 2026, 10:10');
  } finally {
    jest.useRealTimers();
  }
});

test('each exercise’s stage is said in words, with the best score and hints', () => {
  renderRoster();
  // The symbol (drawn before the words by CSS) and what a screen reader hears.
  const cells = (name: RegExp) =>
    within(screen.getByRole('rowheader', { name }).closest('tr')!)
      .getAllByRole('cell')
      .map((c) => `${c.dataset.symbol} ${c.textContent}`);
  expect(cells(/^Sam Active/)).toEqual(['✓ Checked, best 80%2 hints', '✎ Working']);
  expect(cells(/^Sam \(2\)/)).toEqual(['◉ Answer shown, best 25%', '– Not started']);
});

test('the table scrolls in its own labelled region, which the keyboard can reach', () => {
  renderRoster();
  const region = screen.getByRole('region', { name: /Progress per exercise/ });
  expect(region).toHaveAttribute('tabindex', '0');
});

test('with nobody in the class there is no table', () => {
  render(<RosterProgress classId="c" timeZone="UTC" exercises={exercises} rows={[]} />);
  expect(screen.queryByRole('table')).toBeNull();
});
