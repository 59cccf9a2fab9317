/** After the browser tests: the run's class data folder (playwright.config.ts) goes. */
import { rmSync } from 'node:fs';

export default function removeClassData(): void {
  const dir = process.env.E2E_CLASS_DATA_DIR;
  if (dir) rmSync(dir, { recursive: true, force: true });
}
