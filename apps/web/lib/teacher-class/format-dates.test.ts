import { formatDay, formatMoment } from './format-dates';

describe('teacher page dates', () => {
  it('writes a school day in words, whatever the server’s zone', () => {
    expect(formatDay('2025-06-30')).toBe('30 June 2025');
  });

  it('shows a moment in the school’s time zone', () => {
    expect(formatMoment(new Date('2025-03-10T23:30:00Z'), 'Pacific/Auckland')).toBe(
      '11 Mar 2025, 12:30',
    );
  });
});
