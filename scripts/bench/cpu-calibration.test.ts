import { REFERENCE_BENCHMARK_INDEX, slowdownFor } from './cpu-calibration';

describe('the CPU slowdown that brings a machine down to the reference device', () => {
  it('slows a machine by how many times the reference its benchmarkIndex is', () => {
    expect(slowdownFor(1056)).toBe(4);
    // Indices this 2-core machine scored at load 10–17 while the bench was written.
    expect(slowdownFor(550)).toBe(2.08);
    expect(slowdownFor(1492)).toBe(5.65);
    expect(slowdownFor(REFERENCE_BENCHMARK_INDEX)).toBe(1);
  });

  it('never speeds up a machine slower than the reference, nor slows one beyond 20×', () => {
    expect(slowdownFor(130)).toBe(1);
    expect(slowdownFor(9000)).toBe(20);
  });

  it('gives the rate with the two decimals Chromium keeps', () => {
    expect(slowdownFor(1000)).toBe(3.79);
    expect(slowdownFor(800, 300)).toBe(2.67);
  });
});
