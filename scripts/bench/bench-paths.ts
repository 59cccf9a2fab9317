import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const benchDir = join(repoRoot, 'bench');
/** Everything the bench builds or generates lives here; it is git-ignored and rebuilt every run. */
export const benchTmp = join(benchDir, 'tmp');
export const nextBin = join(repoRoot, 'node_modules/next/dist/bin/next');
