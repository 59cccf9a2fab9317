import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, ensureChromium } from '../lib/chromium';
import { freePort } from '../lib/free-port';
import { benchTmp } from './bench-paths';
import { progress } from './progress';
import { waitForUrl } from './wait-for-url';

export interface DebuggableChromium {
  port: number;
  stop: () => Promise<void>;
}

/**
 * Chromium with its DevTools port open, for Lighthouse to drive (what chrome-launcher does,
 * without depending on it): the repo's headless flags and a throwaway profile.
 */
export async function launchDebuggableChromium(): Promise<DebuggableChromium> {
  const port = await freePort();
  const profile = mkdtempSync(join(benchTmp, 'chromium-profile-'));
  const child = spawn(
    ensureChromium(),
    [
      ...CHROMIUM_FLAGS,
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    // Chromium's helper processes can still be writing the cache for a moment after the browser
    // process has exited (ENOTEMPTY): retry, and never let a leftover temporary profile (bench/tmp
    // is cleared on every run) throw away the figures already measured.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      progress(`  (left the temporary profile ${profile}: ${(error as Error).message})`);
    }
  };
  if (await waitForUrl(`http://127.0.0.1:${port}/json/version`, 30, (response) => response.ok))
    return { port, stop };
  await stop();
  throw new Error(`Chromium did not open its DevTools port ${port} within 30 s.`);
}
