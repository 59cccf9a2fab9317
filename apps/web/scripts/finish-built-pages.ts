/**
 * `tsx scripts/finish-built-pages.ts <folder of pages> <folder served at /_next>`: after `next
 * build` and before `serwist build` (whose precache list hashes these files), rewrites every built
 * page under the first folder so that its first paint waits for no request: its scripts run after
 * that paint (lib/first-paint/scripts-after-paint.ts) and its stylesheets are written into it
 * (lib/first-paint/inline-stylesheets.ts, read from the second folder). Then it writes into the
 * page its `<meta>` Content-Security-Policy with the hashes of its own inline scripts and styles,
 * those added just before included (lib/security/pin-inline-code.ts). `npm run build` runs it on
 * `.next/server/app .next`, scripts/export.ts on `out out/_next`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineStylesheets } from '../lib/first-paint/inline-stylesheets';
import { runScriptsAfterPaint } from '../lib/first-paint/scripts-after-paint';
import { pinInlineCode } from '../lib/security/pin-inline-code';

const [folder, nextFolder] = process.argv.slice(2);
if (!folder || !nextFolder)
  throw new Error(
    'Usage: tsx scripts/finish-built-pages.ts <folder of built pages> <folder served at /_next>',
  );
const readStylesheet = (href: string) => {
  if (!href.startsWith('/_next/')) throw new Error(`A stylesheet outside /_next/: ${href}`);
  return readFileSync(join(nextFolder, href.slice('/_next/'.length)), 'utf8');
};
const pages = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) =>
  file.endsWith('.html'),
);
for (const page of pages) {
  const file = join(folder, page);
  const html = readFileSync(file, 'utf8');
  writeFileSync(file, pinInlineCode(inlineStylesheets(runScriptsAfterPaint(html), readStylesheet)));
}
console.log(
  `${pages.length} pages in ${folder}: scripts run after the first paint, stylesheets inline, ` +
    'inline code pinned.',
);
