import { backoffMs } from './backoff';

describe('backoffMs', () => {
  it('doubles from about a second, with half of it random', () => {
    expect(backoffMs(1, 0)).toBe(500);
    expect(backoffMs(1, 1)).toBe(1_000);
    expect(backoffMs(3, 1)).toBe(4_000);
  });

  it('never waits more than a minute', () => {
    expect(backoffMs(30, 1)).toBe(60_000);
    expect(backoffMs(30, 0)).toBe(30_000);
  });

  it('waits at least as long as the server asked', () => {
    expect(backoffMs(1, 0, 10_000)).toBe(10_000);
  });
});
