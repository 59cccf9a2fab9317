import type { NextConfig } from 'next';

// `npm run export` builds a fully static copy of the kit into `out/` for any static host or CDN
// (scripts/export.ts keeps the `.next` build that `next start` serves out of its way).
const staticExport = process.env.NEXT_OUTPUT === 'export';

const nextConfig: NextConfig = {
  output: staticExport ? 'export' : undefined,
  // NEXT_DIST_DIR lets a test run its own `next build`/`next dev` without touching the real build (e2e/lesson-errors.spec.ts).
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  trailingSlash: staticExport,
  poweredByHeader: false,
  reactStrictMode: true,
  // The export always follows the production build of the same code (turbo.json: export depends
  // on build), which has type-checked it already: a second check costs ~12 s of every npm test.
  typescript: { ignoreBuildErrors: staticExport },
};

export default nextConfig;
