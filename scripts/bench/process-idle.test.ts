import { cpuSecondsOf, treeCpuSeconds } from './process-idle';

test('CPU time is utime + stime, counted after a command name that holds spaces and parentheses', () => {
  const stat = '4242 (next-server (v1) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 31 0 0 20 0 11';
  expect(cpuSecondsOf(stat)).toBe(2.81);
  expect(cpuSecondsOf('')).toBe(0);
});

test('the CPU time of this process grows while it works', () => {
  const before = treeCpuSeconds(process.pid);
  const until = Date.now() + 100;
  while (Date.now() < until);
  expect(treeCpuSeconds(process.pid)).toBeGreaterThan(before);
});
