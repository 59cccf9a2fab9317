/**
 * Pins a built page's inline code: hashes each inline script and style and writes a `<meta>`
 * Content-Security-Policy at the top of the page that lets only those run or apply. A script or
 * style anyone manages to add later (a lesson that slipped past the sanitiser, a tampered copy on
 * a host) does not match and is blocked. Run on the built HTML by scripts/finish-built-pages.ts;
 * pure (a string in, a string out).
 */
import { createHash } from 'node:crypto';
import { contentSecurityPolicy } from './security-headers';

// How an HTML parser finds a script's or a style's text: it ends at the first `</script` or
// `</style` (React escapes `<` in the payload it inlines, and inline-stylesheets.ts refuses a
// stylesheet holding `</style`).
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b([^>]*)>([\s\S]*?)<\/style\s*>/gi;
const PINNED = /<meta http-equiv="Content-Security-Policy"[^>]*>/i;

/** The CSP hash sources ('sha256-…') of the elements' texts, in page order, without repeats. */
function hashSources(html: string, element: RegExp): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', text = ''] of html.matchAll(element)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    // The browser hashes the UTF-8 text after its parser has turned CR LF into LF.
    const digest = createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8');
    hashes.add(`'sha256-${digest.digest('base64')}'`);
  }
  return [...hashes];
}

/** The hash sources of a page's inline scripts (not those loaded from a file). */
export const inlineScriptHashes = (html: string) => hashSources(html, SCRIPT);

/** The hash sources of a page's `<style>` elements. */
export const inlineStyleHashes = (html: string) => hashSources(html, STYLE);

/** The page with a `<meta>` policy allowing exactly its own inline code (replacing an older one). */
export function pinInlineCode(html: string): string {
  const unpinned = html.replace(PINNED, '');
  const policy = contentSecurityPolicy({
    scriptHashes: inlineScriptHashes(unpinned),
    styleHashes: inlineStyleHashes(unpinned),
    meta: true,
  });
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  // Before every script and style: a `<meta>` policy covers only what the parser meets after it.
  const charset = /<meta charset="?utf-8"?\s*\/?>/i.exec(unpinned);
  const head = /<head(\s[^>]*)?>/i.exec(unpinned);
  const at = charset ?? head;
  if (!at) throw new Error('No <head> to put the Content-Security-Policy in.');
  const end = at.index + at[0].length;
  return unpinned.slice(0, end) + meta + unpinned.slice(end);
}
