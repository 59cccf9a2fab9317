import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';
import { securityHeaders } from './lib/security/security-headers';

// `npm run export` builds a fully static copy of the kit into `out/` for any static host or CDN
// (scripts/export.ts keeps the `.next` build that `next start` serves out of its way).
const staticExport = process.env.NEXT_OUTPUT === 'export';

/** The config for a phase of Next (`next dev` is PHASE_DEVELOPMENT_SERVER). */
export default function nextConfig(phase: string): NextConfig {
  // The authoring pages and routes (`page.author.tsx`, `route.author.ts`) write the corpus: only
  // `next dev` has them at all; `next build`, `next start` and the export answer them with a 404.
  const authoring = phase === PHASE_DEVELOPMENT_SERVER ? ['author.tsx', 'author.ts'] : [];
  return {
    output: staticExport ? 'export' : undefined,
    // NEXT_DIST_DIR lets a test run its own `next build`/`next dev` without touching the real build (e2e/lesson-errors.spec.ts).
    distDir: process.env.NEXT_DIST_DIR ?? '.next',
    trailingSlash: staticExport,
    poweredByHeader: false,
    // Class mode's pages and routes are named `page.class.tsx` / `route.class.ts`, and their static
    // stand-ins (which say class mode needs `npm start`) `page.static.tsx`: App Router special files
    // must be named exactly `page`/`route` once the extension is taken off, so each build sees only
    // its own set and the export has no route that needs a server.
    pageExtensions: staticExport
      ? ['tsx', 'ts', 'static.tsx']
      : ['tsx', 'ts', 'class.tsx', 'class.ts', ...authoring],
    // PGlite loads its WebAssembly by file path, which bundling breaks (STACK-NOTES: class mode).
    serverExternalPackages: ['@electric-sql/pglite'],
    reactStrictMode: true,
    // The export always follows the production build of the same code (turbo.json: export depends
    // on build), which has type-checked it already: a second check costs ~12 s of every npm test.
    typescript: { ignoreBuildErrors: staticExport },
    experimental: {
      // Lesson routes keep their params dynamic so that the live preview shows a new lesson file at
      // once (app/lessons/[slug]/page.tsx), so `next start` renders an unknown lesson address to the
      // kit's 404 on request. Left on, it would also write each such page under .next/server
      // (~49 kB a request, forever); off, they stay in Next's bounded memory cache. Built pages are
      // read from disk as before.
      isrFlushToDisk: false,
    },
    // Applied to prerendered pages too, so no page turns dynamic. A static export has no server to
    // send them: scripts/export.ts writes them into `out/_headers` for the hosts that read it.
    ...(!staticExport && {
      headers: async () => [
        {
          source: '/:path*',
          headers: securityHeaders({ dev: process.env.NODE_ENV === 'development' }),
        },
      ],
    }),
  };
}
