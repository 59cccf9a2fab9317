/**
 * Finds the Chromium the browser tests and benchmarks drive. Browser tests are never silently
 * skipped: with no browser we install Debian's `chromium` when we can (root with apt-get, as in
 * CI), and otherwise stop with the one command that installs it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function findInstalled(): string | null {
  if (process.env.CHROME_PATH) {
    if (!existsSync(process.env.CHROME_PATH)) {
      throw new Error(
        `CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there.`,
      );
    }
    return process.env.CHROME_PATH;
  }
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

function canInstallWithApt(): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
}

export function ensureChromium(): string {
  const found = findInstalled();
  if (found) return found;
  if (canInstallWithApt()) {
    console.log('No Chromium found: installing Debian’s chromium with apt-get…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findInstalled();
    if (installed) return installed;
  }
  throw new Error(
    'The browser tests need Chromium and none was found.\n' +
      '  Install it with:  sudo apt-get install -y chromium\n' +
      '  or point CHROME_PATH at an installed Chrome or Chromium.',
  );
}
