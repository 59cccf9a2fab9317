// @ts-check
/* global process */
/**
 * `serwist build` (run by `npm run build` and by scripts/export.ts, right after `next build`) bundles
 * sw/sw.ts with esbuild and injects the list of files to precache. Two layouts, as next.config.ts:
 * - `next start`: read from `.next/`, written to `public/sw.js` (Next serves public/ as is);
 * - static export (NEXT_OUTPUT=export): read from and written to `out/`, served by any host.
 * Precached: every `/_next/static/` file, the lesson index `/`, the "not available offline yet"
 * page, the "class pages need the network" page, the manifest, its icons and the favicon. Lessons are saved when opened (see sw/sw.ts), not here.
 */
const staticExport = process.env.NEXT_OUTPUT === 'export';

/** Glob path (relative to globDirectory) → the address the browser asks for. */
const toUrl = staticExport
  ? (/** @type {string} */ file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`
  : (/** @type {string} */ file) =>
      file
        .replace(/^\.next\/static\//, '/_next/static/')
        .replace(/^\.next\/server\/app\/index\.html$/, '/')
        .replace(/^\.next\/server\/app\/(.+)\.html$/, '/$1')
        .replace(/^\.next\/server\/app\/manifest\.webmanifest\.body$/, '/manifest.webmanifest')
        .replace(/^\.next\/server\/app\/icon\.svg\.body$/, '/icon.svg')
        .replace(/^public\//, '/');

/** @type {import('@serwist/cli').BuildOptions} */
module.exports = {
  swSrc: 'sw/sw.ts',
  swDest: staticExport ? 'out/sw.js' : 'public/sw.js',
  globDirectory: staticExport ? 'out' : '.',
  globPatterns: staticExport
    ? [
        '_next/static/**/*',
        'index.html',
        'offline/not-yet/index.html',
        'offline/class/index.html',
        'manifest.webmanifest',
        'icon.svg',
        'icons/*.png',
      ]
    : [
        '.next/static/**/*',
        '.next/server/app/index.html',
        '.next/server/app/offline/not-yet.html',
        '.next/server/app/offline/class.html',
        '.next/server/app/manifest.webmanifest.body',
        '.next/server/app/icon.svg.body',
        'public/icons/*.png',
      ],
  globIgnores: ['**/*.map'],
  // Hashed file names are their own revision.
  dontCacheBustURLsMatching: /^(\.next|_next)\/static\//,
  manifestTransforms: [
    async (entries) => ({
      manifest: entries.map((e) => ({ ...e, url: toUrl(e.url) })),
      warnings: [],
    }),
  ],
};
