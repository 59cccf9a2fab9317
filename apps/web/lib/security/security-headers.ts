/**
 * The kit's HTTP security headers and Content-Security-Policy, in one place for every way the kit
 * is served: `next start` and `next dev` (next.config.ts `headers()`), the static export (the
 * `_headers` file static hosts read, and a `<meta>` policy in every page: see pin-inline-code.ts)
 * and, later, class mode's server. Pure: no Next, no file system.
 *
 * Why the policy looks as it does (README, "Security"):
 * - Every page is static, so no per-request nonce. Next 16 writes a handful of inline scripts into
 *   each page (its bootstrap and the page's React payload); `experimental.sri` only hashes the
 *   external files; and the build writes the page's stylesheets into it, so that its first paint
 *   waits for no request (lib/first-paint/inline-stylesheets.ts). The build therefore hashes each
 *   page's inline scripts and styles itself and writes them into a `<meta>` policy at the top of
 *   the page (`scriptHashes` and `styleHashes` below). The header cannot carry them (it is one
 *   policy for every page, set before the build), so it allows inline scripts and styles and the
 *   page's own policy narrows that to the hashed ones: a browser enforces both policies.
 * - `next dev` needs 'unsafe-eval' (React rebuilds server error stacks with eval) and renders a
 *   different page every time, so the live preview gets the looser policy; builds never do.
 * - No `upgrade-insecure-requests`: a school may serve the kit over plain http on its own network,
 *   where upgrading the kit's own requests to https would break every page.
 */

export interface PolicyOptions {
  /** `next dev`: allows eval and every inline script (hot reload, React's dev error stacks). */
  readonly dev?: boolean;
  /**
   * The page's own inline scripts, as CSP hash sources ('sha256-…'): only these may run. Without
   * them, any inline script may (the header's fallback, narrowed by each page's `<meta>` policy).
   */
  readonly scriptHashes?: readonly string[];
  /** The page's own `<style>` elements, as CSP hash sources: the same, for styles. */
  readonly styleHashes?: readonly string[];
  /**
   * For a `<meta>` element, which cannot carry `frame-ancestors` (browsers ignore it there, with a
   * console error): only a real header stops another site from framing the kit.
   */
  readonly meta?: boolean;
}

export function contentSecurityPolicy({
  dev = false,
  scriptHashes,
  styleHashes,
  meta = false,
}: PolicyOptions = {}): string {
  const inlineScripts = dev || !scriptHashes ? ["'unsafe-inline'"] : scriptHashes;
  const inlineStyles = dev || !styleHashes ? ["'unsafe-inline'"] : styleHashes;
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...inlineScripts, ...(dev ? ["'unsafe-eval'"] : [])],
    // Next's dev overlay styles itself inline.
    ['style-src', "'self'", ...inlineStyles],
    ['img-src', "'self'", 'data:'],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ...(meta ? [] : [['frame-ancestors', "'none'"] as [string, ...string[]]]),
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

export interface Header {
  readonly key: string;
  readonly value: string;
}

/**
 * Every header the kit's responses carry. Features no page uses are switched off for the page and
 * anything it could embed; the kit makes no cross-origin requests and is never framed.
 */
export function securityHeaders({ dev = false }: { dev?: boolean } = {}): Header[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ dev }) },
    // For browsers older than frame-ancestors (and the audits that still look for it).
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    // Students are minors: a link out of the kit tells the other site nothing about where they were.
    { key: 'Referrer-Policy', value: 'no-referrer' },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  ];
}

const PERMISSIONS_POLICY = [
  'accelerometer',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/**
 * The `_headers` file of the static export (Netlify and Cloudflare Pages read it from the folder
 * they publish): the same headers on every path. Hosts that ignore it still get each page's
 * `<meta>` policy, which is all but `frame-ancestors` (README, "Security").
 */
export function staticHostHeadersFile(): string {
  const lines = securityHeaders().map(({ key, value }) => `  ${key}: ${value}`);
  return ['# Written by `npm run export` from apps/web/lib/security.', '/*', ...lines, ''].join(
    '\n',
  );
}
