import { render, screen, within } from '@testing-library/react';
import type { StudentExerciseResult, StudentResults } from '@sayswho/classroom';
import { rosterRow } from '@/lib/teacher-class/class-view';
import { RosterProgress } from './roster-progress';

const now = new Date('2026-03-10T10:00:00Z');
const exercises = [
  { lessonSlug: 'battered', lessonTitle: 'Battered or clobbered?', exerciseId: 'find-loaded' },
  { lessonSlug: 'battered', lessonTitle: 'Battered or clobbered?', exerciseId: 'rewrite-battered' },
];
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
      ].map((s) => rosterRow(s, now, 'UTC'))}
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

test('the columns are the lesson’s exercises, under the lesson’s title', () => {
  const table = renderRoster();
  expect(
    within(table).getByRole('columnheader', { name: 'Battered or clobbered?' }),
  ).toHaveAttribute('colspan', '2');
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent),
  ).toEqual(['Student', 'Battered or clobbered?', 'find-loaded', 'rewrite-battered']);
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

test('each exercise’s stage is said in words, with the best score and hints', () => {
  renderRoster();
  const cells = (name: RegExp) =>
    within(screen.getByRole('rowheader', { name }).closest('tr')!)
      .getAllByRole('cell')
      .map((c) => c.textContent);
  expect(cells(/^Sam Active/)).toEqual(['✓ Checked, best 80%2 hints', '✎ Working']);
  expect(cells(/^Sam \(2\)/)).toEqual(['◉ Answer shown, best 25%', '– Not started']);
});

test('the table scrolls in its own labelled region, which the keyboard can reach', () => {
  renderRoster();
  const region = screen.getByRole('region', { name: /Progress per exercise/ });
  expect(region).toHaveAttribute('tabindex', '0');
});

test('with nobody in the class there is no table', () => {
  render(<RosterProgress classId="c" exercises={exercises} rows={[]} />);
  expect(screen.queryByRole('table')).toBeNull();
});
