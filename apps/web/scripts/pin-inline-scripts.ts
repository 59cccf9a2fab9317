/**
 * `tsx scripts/pin-inline-scripts.ts <folder>`: after `next build` and before `serwist build` (whose
 * precache list hashes these files), writes into every built page under the folder its `<meta>`
 * Content-Security-Policy with the hashes of its own inline scripts (lib/security/pin-inline-scripts.ts).
 * `npm run build` runs it on `.next/server/app`, scripts/export.ts on `out/`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinInlineScripts } from '../lib/security/pin-inline-scripts';

const folder = process.argv[2];
if (!folder) throw new Error('Usage: tsx scripts/pin-inline-scripts.ts <folder of built pages>');
const pages = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) =>
  file.endsWith('.html'),
);
for (const page of pages) {
  const file = join(folder, page);
  writeFileSync(file, pinInlineScripts(readFileSync(file, 'utf8')));
}
console.log(`Pinned the inline scripts of ${pages.length} pages in ${folder}.`);
