/**
 * Pins a built page's inline scripts: hashes each one and writes a `<meta>` Content-Security-Policy
 * at the top of the page that lets only those run. An inline script anyone manages to add later
 * (a lesson that slipped past the sanitiser, a tampered copy on a host) does not match and is
 * blocked. Run on the built HTML by scripts/finish-built-pages.ts; pure (a string in, a string out).
 */
import { createHash } from 'node:crypto';
import { contentSecurityPolicy } from './security-headers';

// How an HTML parser finds a script's text: it ends at the first `</script` (React escapes `<` in
// the payload it inlines, so that never happens inside one of Next's scripts).
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const PINNED = /<meta http-equiv="Content-Security-Policy"[^>]*>/i;

/** The CSP hash sources ('sha256-…') of a page's inline scripts, in page order, without repeats. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', text = ''] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    // The browser hashes the UTF-8 text after its parser has turned CR LF into LF.
    const digest = createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8');
    hashes.add(`'sha256-${digest.digest('base64')}'`);
  }
  return [...hashes];
}

/** The page with a `<meta>` policy allowing exactly its own inline scripts (replacing an older one). */
export function pinInlineScripts(html: string): string {
  const unpinned = html.replace(PINNED, '');
  const policy = contentSecurityPolicy({ scriptHashes: inlineScriptHashes(unpinned), meta: true });
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  // Before every script: a `<meta>` policy covers only what the parser meets after it.
  const charset = /<meta charset="?utf-8"?\s*\/?>/i.exec(unpinned);
  const head = /<head(\s[^>]*)?>/i.exec(unpinned);
  const at = charset ?? head;
  if (!at) throw new Error('No <head> to put the Content-Security-Policy in.');
  const end = at.index + at[0].length;
  return unpinned.slice(0, end) + meta + unpinned.slice(end);
}
