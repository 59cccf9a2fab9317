/**
 * `tsx scripts/finish-built-pages.ts <folder>`: after `next build` and before `serwist build` (whose
 * precache list hashes these files), rewrites every built page under the folder so that it paints
 * before its scripts run (lib/first-paint/scripts-after-paint.ts), then writes into it its `<meta>`
 * Content-Security-Policy with the hashes of its own inline scripts, the one added just before
 * included (lib/security/pin-inline-scripts.ts). `npm run build` runs it on `.next/server/app`,
 * scripts/export.ts on `out/`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runScriptsAfterPaint } from '../lib/first-paint/scripts-after-paint';
import { pinInlineScripts } from '../lib/security/pin-inline-scripts';

const folder = process.argv[2];
if (!folder) throw new Error('Usage: tsx scripts/finish-built-pages.ts <folder of built pages>');
const pages = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) =>
  file.endsWith('.html'),
);
for (const page of pages) {
  const file = join(folder, page);
  writeFileSync(file, pinInlineScripts(runScriptsAfterPaint(readFileSync(file, 'utf8'))));
}
console.log(
  `${pages.length} pages in ${folder}: scripts run after the first paint, inline scripts pinned.`,
);
