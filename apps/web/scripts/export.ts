/**
 * `npm run export`: the static copy of the kit in `out/`, for any static host (next build with
 * NEXT_OUTPUT=export, each page finished as `npm run build` finishes it (scripts after the first
 * paint, inline scripts pinned in its `<meta>` Content-Security-Policy),
 * then serwist build for its service worker; and the `_headers` file some static hosts read).
 *
 * With `output: 'export'`, Next 16 still compiles into `.next` before it writes `out/`
 * (getBuildDistDir in next/dist/export/utils.js). Left alone, an export run after `npm run build`
 * replaces the build that `next start` serves, and that build's service worker (public/sw.js)
 * then lists files that no longer exist, so it never installs and nothing is kept offline. The
 * production build is therefore moved aside while the export compiles, and put back after.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { staticHostHeadersFile } from '../lib/security/security-headers';

const webDir = join(__dirname, '..');
const build = join(webDir, '.next');
// Matches `.next-*` in .gitignore and the lint ignores.
const keptBuild = join(webDir, '.next-production');

function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, {
    cwd: webDir,
    stdio: 'inherit',
    env: {
      ...process.env,
      NEXT_OUTPUT: 'export',
      NO_UPDATE_NOTIFIER: '1',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  return result.status === 0;
}

/** Puts the production build back where `next start` looks for it, over whatever is there. */
function restoreBuild() {
  if (!existsSync(keptBuild)) return;
  rmSync(build, { recursive: true, force: true });
  renameSync(keptBuild, build);
}

// An export that was interrupted left the production build aside: put it back before anything else.
restoreBuild();
if (existsSync(build)) renameSync(build, keptBuild);
let ok = false;
try {
  ok =
    run('npx', ['next', 'build']) &&
    run('npx', ['tsx', 'scripts/finish-built-pages.ts', 'out', 'out/_next']) &&
    run('npx', ['serwist', 'build']);
  // The headers a static host can send, for those that read this file (README, "Security").
  if (ok) writeFileSync(join(webDir, 'out', '_headers'), staticHostHeadersFile());
} finally {
  // What the export compiled into .next is no build `next start` can serve.
  rmSync(build, { recursive: true, force: true });
  restoreBuild();
}
process.exitCode = ok ? 0 : 1;
