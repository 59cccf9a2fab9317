export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** The nearest-rank percentile `p` (0–100): the smallest value with `p`% of the values at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

/** The median of each figure over the samples (each figure on its own: no sample is “the” median). */
export function medianOf<T extends { [K in keyof T]: number }>(samples: readonly T[]): T {
  if (samples.length === 0) throw new Error('no samples to take a median of');
  const keys = Object.keys(samples[0]!) as (keyof T)[];
  return Object.fromEntries(keys.map((key) => [key, median(samples.map((s) => s[key]))])) as T;
}

/** Each figure rounded to `digits`. */
export function roundedFigures<T extends { [K in keyof T]: number }>(figures: T, digits = 1): T {
  return Object.fromEntries(
    Object.entries(figures).map(([key, value]) => [key, round(value as number, digits)]),
  ) as T;
}
