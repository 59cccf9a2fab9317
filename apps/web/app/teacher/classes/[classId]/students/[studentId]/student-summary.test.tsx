import { act, render, screen } from '@testing-library/react';
import { ACTIVE_WINDOW_MS } from '@/lib/teacher-class/student-progress';
import { StudentSummary } from './student-summary';

const now = new Date('2026-03-10T10:00:00Z');
const summary = (lastSeenAt: Date | null) => (
  <StudentSummary
    label="Sam (2)"
    joinedAt={new Date('2026-03-10T09:00:00Z')}
    lastSeenAt={lastSeenAt}
    activeSeconds={12 * 60}
    now={now}
    timeZone="UTC"
  />
);

afterEach(() => jest.useRealTimers());

test('names the student as the roster tells them apart from a classmate of the same name', () => {
  render(summary(null));
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sam (2)’s work');
  expect(screen.getByText(/^Joined 10 Mar 2026, 09:00\./)).toHaveTextContent(
    'No work received yet',
  );
});

test('“Active now” runs out as on the roster, to when they were last seen', () => {
  jest.useFakeTimers();
  render(summary(new Date('2026-03-10T09:59:30Z')));
  expect(screen.getByText('Active now')).toBeInTheDocument();
  act(() => jest.advanceTimersByTime(ACTIVE_WINDOW_MS));
  expect(
    screen.getByText('Last seen 10 Mar 2026, 09:59 — work may still be on its way'),
  ).toBeInTheDocument();
});
