/**
 * Where an address in the kit's content (a lesson, an article's `url`, the authoring guide) may
 * point. Students are minors and the kit promises that nothing leaves their device, so content
 * must never make a browser run script or fetch from another site:
 * - a link may open an `https://` page of another site (written out in full), or a page of the
 *   kit itself (`/lessons/…`, `#a-section`, a relative address);
 * - nothing in content is fetched: lessons show no images, video or audio (the kit keeps no
 *   media files for them, and a saved lesson would lose them offline), so no `src` is allowed.
 * The lesson checker and the corpus loader report an address this refuses, with the fix; the
 * renderer's sanitiser (`@sayswho/lessons`, sanitize-content.ts) drops it, so content that somehow
 * missed the check still cannot run or fetch.
 *
 * Browser-safe: no imports.
 */

/**
 * Any base does: what matters is whether an address resolves onto it or away from it. Both
 * schemes, since `https:other.site` is relative on an https page but another site on an http one.
 */
const KIT = 'kit.invalid';
const BASES = ['https:', 'http:'].map((scheme) => new URL(`${scheme}//${KIT}/lessons/a-lesson/`));

export type LinkTarget = 'kit' | 'web';

/**
 * `web` for an https page of another site, `kit` for a page of the kit, null for anything else
 * (`javascript:`, `data:`, `http:`, `mailto:`, `//other.site`, `\\other.site`…). Addresses are
 * read as a browser reads them (the WHATWG URL parser): tabs and newlines inside a scheme, upper
 * case and backslashes fool neither.
 */
export function linkTarget(url: string): LinkTarget | null {
  const resolved = BASES.map((base) => (URL.canParse(url, base) ? new URL(url, base) : null));
  if (/^https:\/\/[^/\\]/i.test(url))
    return resolved.every((r) => r?.protocol === 'https:') ? 'web' : null;
  return resolved.every((r, i) => r?.origin === BASES[i]!.origin) ? 'kit' : null;
}

/** What the checkers tell an author whose link `linkTarget` refuses. */
export function linkFix(url: string): string {
  return /^http:/i.test(url.trim())
    ? 'write https:// instead of http:// (the kit links to secure pages only)'
    : 'link to a web page written out in full (https://…) or to a page of the kit (/lessons/<name>/)';
}
