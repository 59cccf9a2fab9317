import { presenceText, statusText } from './student-progress';

const now = new Date('2026-03-10T10:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe('a student’s presence', () => {
  test('a student heard from in the last two minutes is active now', () => {
    expect(presenceText(minutesAgo(1.5), now, 'UTC')).toBe('Active now');
  });

  test('a quiet device shows when it was last heard from and that work may still come', () => {
    expect(presenceText(minutesAgo(3), now, 'Europe/London')).toBe(
      'Last seen 10 Mar 2026, 09:57 — work may still be on its way',
    );
  });

  test('a student who joined but sent nothing yet says so', () => {
    expect(presenceText(null, now, 'UTC')).toBe('No work received yet');
  });
});

describe('an exercise’s stage in words', () => {
  test('a checked exercise gives the best score as a percentage', () => {
    expect(statusText('checked', 0.666)).toBe('Checked, best 67%');
  });

  test('a shown answer keeps the best score reached before it', () => {
    expect(statusText('answer-shown', 0)).toBe('Answer shown, best 0%');
  });

  test('a checked rewrite has no score: the teacher judges it', () => {
    expect(statusText('checked', null)).toBe('Checked');
  });

  test('work in progress has no score yet', () => {
    expect(statusText('working', null)).toBe('Working');
  });
});
