/**
 * No lesson has a Spot over the whole LA Times article, so the full run adds one fixture lesson to
 * the temporary copy (never to the real `lessons/`) for the interaction measurement. Pages of
 * lessons the bench adds (the fixture, generated lessons) all have slugs starting with `bench-`,
 * and are left out of the page-weight and Lighthouse figures.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './bench-paths';

export const BENCH_SLUG_PREFIX = 'bench-';
const FIXTURE = 'bench-full-article-spot.mdx';

export function addFixtureLesson(lessonsDir: string): void {
  copyFileSync(join(repoRoot, 'scripts/bench/fixtures', FIXTURE), join(lessonsDir, FIXTURE));
}
