import { addDays, isDay, todayIn } from './dates';

test('today depends on the school’s time zone', () => {
  const instant = new Date('2025-03-10T20:00:00Z');
  expect(todayIn('Pacific/Auckland', instant)).toBe('2025-03-11');
  expect(todayIn('America/Los_Angeles', instant)).toBe('2025-03-10');
  expect(todayIn('UTC', instant)).toBe('2025-03-10');
});

test('days are checked as calendar days', () => {
  expect(['2025-02-28', '2024-02-29'].map(isDay)).toEqual([true, true]);
  expect(['2025-02-29', '2025-13-01', '2025-3-1', '10/03/2025', 20250310].map(isDay)).toEqual([
    false,
    false,
    false,
    false,
    false,
  ]);
});

test('adding days crosses months, years and clock changes', () => {
  expect(addDays('2025-03-31', 31)).toBe('2025-05-01');
  expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  expect(addDays('2025-03-30', -30)).toBe('2025-02-28');
});
