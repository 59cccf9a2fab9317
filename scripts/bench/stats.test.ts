import { medianOf, percentile, roundedFigures } from './stats';

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted

  test('p50, p95 and p99 of 1 … 100 are 50, 95 and 99', () => {
    expect([50, 95, 99].map((p) => percentile(hundred, p))).toEqual([50, 95, 99]);
  });

  test('p100 is the largest value and p0 the smallest', () => {
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 0)).toBe(1);
  });

  test('a few slow writes among many fast ones show in p99, not in p50', () => {
    const writes = [...Array.from({ length: 98 }, () => 20), 900, 1000];
    expect(percentile(writes, 50)).toBe(20);
    expect(percentile(writes, 99)).toBe(900);
  });

  test('no values: not a number, never a made-up zero', () => {
    expect(percentile([], 95)).toBeNaN();
  });
});

describe('figures over several samples', () => {
  test('the median is taken figure by figure', () => {
    expect(
      medianOf([
        { busyMs: 10, wallMs: 300 },
        { busyMs: 30, wallMs: 100 },
        { busyMs: 20, wallMs: 200 },
      ]),
    ).toEqual({ busyMs: 20, wallMs: 200 });
  });

  test('no samples: an error, never a made-up figure', () => {
    expect(() => medianOf([])).toThrow('no samples');
  });

  test('each figure is rounded on its own', () => {
    expect(roundedFigures({ a: 1.26, b: 1000.04 })).toEqual({ a: 1.3, b: 1000 });
  });
});
