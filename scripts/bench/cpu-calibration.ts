/**
 * CPU calibration: the slowdown that makes this machine, at this moment, as fast as the reference
 * device the interaction budgets are written for. A slowdown “4×” means nothing on its own: the
 * same 4× gave an empty Next page 104 ms of TBT on one 2-core machine and 293 ms on another.
 *
 * The yardstick is Lighthouse's `benchmarkIndex` (its `computeBenchmarkIndex` page function: half
 * building strings, half copying arrays; Lighthouse records it with every report as “CPU/Memory
 * Power”). The reference device is DevTools' low-tier mobile preset, index 264 (a Moto G4 Power
 * 2022; DevTools' own calibration aims at it). As Lighthouse's throttling docs calibrate, the
 * slowdown is the host's index ÷ the reference's, measured just before each run (median of three)
 * on a blank page of the run's browser. The index is then measured at that slowdown and recorded
 * as a check, not acted on: on a machine loaded 10–30 it scatters by half either way (143 to 653
 * where 264 was aimed at, while this was written), and correcting the slowdown by it once (as
 * DevTools' calibration corrects by bisecting) made it no steadier when tried.
 */
import type { Page } from 'playwright-core';
import { median } from './stats';

export const REFERENCE_BENCHMARK_INDEX = 264;
/** Below 1× the machine is slower than the reference (run unthrottled, and the index says so); Chromium's rate takes two decimals. */
const MIN_SLOWDOWN = 1;
const MAX_SLOWDOWN = 20;
const SAMPLES = 3;

export interface CpuCalibration {
  /** Lighthouse's benchmarkIndex unthrottled, just before the run. */
  benchmarkIndex: number;
  /** The CPU slowdown the run used. */
  cpuSlowdown: number;
  /** The index measured at that slowdown: a check on the calibration (aimed at REFERENCE_BENCHMARK_INDEX). */
  throttledIndex: number;
}

const twoDecimals = (n: number) => Math.round(n * 100) / 100;
const clamp = (n: number) => twoDecimals(Math.min(MAX_SLOWDOWN, Math.max(MIN_SLOWDOWN, n)));

/** How many times faster than the reference the machine scored (at least 1×: it cannot be sped up). */
export function slowdownFor(benchmarkIndex: number, reference = REFERENCE_BENCHMARK_INDEX): number {
  return clamp(benchmarkIndex / reference);
}

// Lighthouse 12's computeBenchmarkIndex (core/lib/page-functions.js), as a string: functions
// compiled by tsx carry a `__name` helper the page lacks. `HALF` ms per half (Lighthouse: 500).
const benchmarkScript = (halfMs: number) => `(() => {
  const HALF = ${halfMs};
  function gc() {
    const start = Date.now();
    let iterations = 0;
    while (Date.now() - start < HALF) {
      let s = '';
      for (let j = 0; j < 10000; j++) s += 'a';
      if (s.length === 1) throw new Error('never: keeps the loop from being optimized away');
      iterations++;
    }
    return Math.round(iterations / 10 / ((Date.now() - start) / 1000));
  }
  function noGc() {
    const a = [];
    const b = [];
    for (let i = 0; i < 100000; i++) a[i] = b[i] = i;
    const start = Date.now();
    let iterations = 0;
    while (iterations % 10 !== 0 || Date.now() - start < HALF) {
      const src = iterations % 2 === 0 ? a : b;
      const tgt = iterations % 2 === 0 ? b : a;
      for (let j = 0; j < src.length; j++) tgt[j] = src[j];
      iterations++;
    }
    return Math.round(iterations / 10 / ((Date.now() - start) / 1000));
  }
  return (gc() + noGc()) / 2;
})()`;

/**
 * Calibrates on `page` (a blank page of the run's browser, left unthrottled afterwards): a warm-up
 * so V8 has optimized the loops, the index at 1×, then at the slowdown it gives (each the median
 * of three, a second apiece: about 7 s a run).
 */
export async function calibrateCpu(page: Page): Promise<CpuCalibration> {
  const cdp = await page.context().newCDPSession(page);
  // The median of three: on a shared machine one index can be off by half.
  const indexAt = async (rate: number) => {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const indices: number[] = [];
    for (let i = 0; i < SAMPLES; i += 1)
      indices.push((await page.evaluate(benchmarkScript(500))) as number);
    return median(indices);
  };
  try {
    await page.evaluate(benchmarkScript(125));
    const benchmarkIndex = await indexAt(1);
    const cpuSlowdown = slowdownFor(benchmarkIndex);
    const throttledIndex = await indexAt(cpuSlowdown);
    return { benchmarkIndex, cpuSlowdown, throttledIndex };
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => undefined);
    await cdp.detach().catch(() => undefined);
  }
}
