/**
 * Generated lessons for the build-scaling measurement, written only into the temporary copy:
 * copies of the real lessons, taken in turn, each with its own slug, order and title, so that a
 * generated lesson costs the build what a real one does (same exercises, same keys, same text).
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_SLUG_PREFIX } from './bench-fixture';

const PREFIX = `${BENCH_SLUG_PREFIX}generated-`;

function realLessons(lessonsDir: string): string[] {
  return readdirSync(lessonsDir)
    .filter((file) => file.endsWith('.mdx') && !file.startsWith(BENCH_SLUG_PREFIX))
    .sort()
    .map((file) => readFileSync(join(lessonsDir, file), 'utf8'));
}

function retitled(source: string, order: number, copy: number): string {
  return source
    .replace(/^order:.*$/m, `order: ${order}`)
    .replace(/^title:\s*(.*)$/m, (_line, title: string) => {
      const plain = title.trim().replace(/^(["'])(.*)\1$/, '$2');
      return `title: ${JSON.stringify(`${plain} (generated copy ${copy})`)}`;
    });
}

export function removeGeneratedLessons(lessonsDir: string): void {
  for (const file of readdirSync(lessonsDir)) {
    if (file.startsWith(PREFIX)) rmSync(join(lessonsDir, file));
  }
}

/** Replaces any generated lessons in `lessonsDir` with `count` new ones. */
export function generateLessons(lessonsDir: string, count: number): void {
  removeGeneratedLessons(lessonsDir);
  if (count === 0) return;
  const sources = realLessons(lessonsDir);
  if (sources.length === 0)
    throw new Error(`${lessonsDir} has no lessons to copy: write one first.`);
  const highestOrder = Math.max(
    0,
    ...sources.map((s) => Number(/^order:\s*(\d+)/m.exec(s)?.[1] ?? 0)),
  );
  for (let copy = 1; copy <= count; copy += 1) {
    const source = sources[(copy - 1) % sources.length]!;
    const slug = `${PREFIX}${String(copy).padStart(3, '0')}`;
    writeFileSync(join(lessonsDir, `${slug}.mdx`), retitled(source, highestOrder + copy, copy));
  }
}
