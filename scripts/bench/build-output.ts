/**
 * Finds every page of a production build from the files Next writes, so the bench follows the
 * app as it grows instead of a hard-coded list: `.next/diagnostics/route-bundle-stats.json` gives
 * each route's JavaScript, the prerender manifest gives the concrete paths of each route
 * (`/lessons/[slug]` → `/lessons/who-says-so`, …), and each path's prerendered HTML names its CSS
 * and the code-split islands it renders (preloaded scripts, which differ from lesson to lesson).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RUN_SCRIPTS_AFTER_PAINT } from '../../apps/web/lib/first-paint/scripts-after-paint';
import { BENCH_SLUG_PREFIX } from './bench-fixture';

export type PageKind =
  'home' | 'lesson' | 'teacher' | 'reader' | 'compare' | 'guide' | 'bench fixture' | 'other';

export interface BuiltPage {
  /** The URL path, e.g. `/lessons/who-says-so`. */
  path: string;
  /** The App Router route it comes from, e.g. `/lessons/[slug]`. */
  route: string;
  kind: PageKind;
  jsFiles: string[];
  /**
   * Script the kit's build writes into the page itself (the one that runs the page's scripts after
   * its first paint): JavaScript the empty page does not have, so it counts with the files.
   */
  inlineJs: string[];
  cssFiles: string[];
  /** The prerendered document, when the page is static. */
  htmlFile?: string;
}

interface RouteBundleStats {
  route: string;
  firstLoadChunkPaths: string[];
}

interface PrerenderManifest {
  routes: Record<string, { srcRoute?: string | null; routeType?: string }>;
}

// Next's own error pages are in every build, the empty one included: they are not the kit's pages.
const FRAMEWORK_ROUTES = new Set(['/_not-found', '/_global-error']);

export function pageKind(path: string): PageKind {
  if (path === '/') return 'home';
  if (path.startsWith(`/lessons/${BENCH_SLUG_PREFIX}`)) return 'bench fixture';
  if (/^\/lessons\/[^/]+\/teacher$/.test(path)) return 'teacher';
  if (/^\/lessons\/[^/]+$/.test(path)) return 'lesson';
  if (path.startsWith('/articles')) return 'reader';
  if (/^\/compare\/[^/]+$/.test(path)) return 'compare';
  if (path.startsWith('/guide')) return 'guide';
  return 'other';
}

function readJson<T>(file: string, what: string): T {
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: ${what}. Run the production build first (npm run build).`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** The build's files that the page's tags matching `wanted` point at (`href` or `src`). */
function filesOf(html: string, wanted: RegExp, appDir: string): string[] {
  const tags = html.match(/<(?:link|script)\b[^>]*>/g) ?? [];
  return (
    tags
      // A `nomodule` script (Next's polyfills) is never run by the browsers the kit supports.
      .filter((tag) => wanted.test(tag) && !/\bnomodule\b/i.test(tag))
      .map((tag) => /\b(?:href|src)="([^"]+)"/.exec(tag)?.[1])
      .filter((url): url is string => Boolean(url?.startsWith('/_next/')))
      .map((url) => join(appDir, '.next', url.slice('/_next/'.length).split('?')[0]!))
  );
}

const STYLESHEET = /^<link\b[^>]*\brel="stylesheet"/;
// Scripts the page runs at load: its route's, and the chunks of the islands it renders, which
// Next preloads (<link rel="preload" as="script">) so that hydration does not wait for them.
const SCRIPT = /^<script\b[^>]*\bsrc=|^<link\b[^>]*\bas="script"/;

export function readBuiltPages(appDir: string): BuiltPage[] {
  const stats = readJson<RouteBundleStats[]>(
    join(appDir, '.next/diagnostics/route-bundle-stats.json'),
    'it lists each route’s JavaScript (Next 16 writes it on every production build)',
  );
  const prerendered = readJson<PrerenderManifest>(
    join(appDir, '.next/prerender-manifest.json'),
    'it lists the statically generated pages',
  ).routes;

  return stats
    .filter(({ route }) => !FRAMEWORK_ROUTES.has(route))
    .flatMap(({ route, firstLoadChunkPaths }) => {
      const paths = Object.entries(prerendered)
        .filter(
          ([path, entry]) => (entry.srcRoute ?? path) === route && entry.routeType !== 'route',
        )
        .map(([path]) => path);
      return (paths.length ? paths : [route]).map((path): BuiltPage => {
        const htmlFile = join(appDir, '.next/server/app', `${path === '/' ? '/index' : path}.html`);
        const html = existsSync(htmlFile) ? readFileSync(htmlFile, 'utf8') : undefined;
        const routeJs = firstLoadChunkPaths.map((file) => join(appDir, file));
        return {
          path,
          route,
          kind: pageKind(path),
          jsFiles: [...new Set([...routeJs, ...(html ? filesOf(html, SCRIPT, appDir) : [])])],
          inlineJs: html?.includes(RUN_SCRIPTS_AFTER_PAINT) ? [RUN_SCRIPTS_AFTER_PAINT] : [],
          cssFiles: html ? filesOf(html, STYLESHEET, appDir) : [],
          htmlFile: html ? htmlFile : undefined,
        };
      });
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
