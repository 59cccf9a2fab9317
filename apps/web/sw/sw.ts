/**
 * The kit's service worker, bundled by `serwist build` (see serwist.config.js) after `next build`
 * into `public/sw.js` (next start) or `out/sw.js` (static export). Registered by
 * components/offline/offline-client.tsx in production builds only.
 *
 * What it keeps, so a lesson a student has opened keeps working when the wifi drops:
 * - the app shell, precached at install and versioned by Serwist: the lesson index `/`, the
 *   "not available offline yet" page, the "class pages need the network" page (what a class
 *   address shows offline: class pages themselves are never kept), the manifest, the icons and
 *   the favicon;
 * - every `/_next/static/` file of the build (JS, CSS, fonts), fetched at install into a cache
 *   that every version shares: the files are hashed, so a page saved by an older version still
 *   finds its own scripts after an update and never runs a mix of old and new code;
 * - each page a student opens, network first (the network wins when it answers within a few
 *   seconds), and for a lesson also the answer keys of its exercises and its articles' pages, so
 *   Check works offline the first time.
 * An update installs beside the running version and waits: the page shows a quiet "new version"
 * notice and the worker takes over only when the student reloads (SKIP_WAITING) or closes the kit.
 */
import {
  CacheFirst,
  NetworkOnly,
  Serwist,
  type PrecacheEntry,
  type SerwistGlobalConfig,
  type SerwistPlugin,
} from 'serwist';
import {
  CACHES,
  lessonSlugOf,
  pageKey,
  type WorkerMessage,
  type WorkerRequest,
} from '../components/offline/sw-protocol';
import { isClassPage, isNeverCached } from '../components/offline/never-cached';
import {
  isReachable,
  NetworkFirstReporting,
  NO_COPY_TIMEOUT_SECONDS,
  probeNetwork,
  reportReachability,
} from './network-first';
import { refreshIfNewVersion, saveLesson, savePage, versionOf } from './saved-pages';
import './class-sync';

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const manifest = (self.__SW_MANIFEST ?? []).map((e) =>
  typeof e === 'string' ? { url: e, revision: null } : e,
);
const isStaticAsset = (url: string) => url.startsWith('/_next/static/');
const staticUrls = manifest.filter((e) => isStaticAsset(e.url)).map((e) => e.url);
const shell = manifest.filter((e) => !isStaticAsset(e.url));
const fallbackUrl = shell.find((e) => /^\/offline\/not-yet\/?$/.test(e.url))?.url;
const classFallbackUrl = shell.find((e) => /^\/offline\/class\/?$/.test(e.url))?.url;
const version = versionOf(manifest);
// Small, static on both hosts, and never answered from a cache by the probe.
const PROBE_URL = '/manifest.webmanifest';

/** Stores pages under one key whatever their trailing slash, and never stores a redirect. */
const pageCachePlugin: SerwistPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => pageKey(request.url),
  cacheWillUpdate: async ({ response }) =>
    response.status === 200 && response.type !== 'opaqueredirect' ? response : null,
};

/** Offline, a class page is answered with the precached "class pages need the network" page. */
const classPageFallback: SerwistPlugin = {
  handlerDidError: async () =>
    classFallbackUrl ? serwist.matchPrecache(classFallbackUrl) : undefined,
};

const serwist = new Serwist({
  precacheEntries: shell,
  // An update never takes over a page mid-lesson: it waits for the student's "reload".
  skipWaiting: false,
  // The very first install controls the open page at once, so what it loads next is saved too.
  clientsClaim: true,
  // Pages ask for the favicon with a version query (`/icon.svg?icon.…`); what is precached is
  // the shell and hashed files, so no query ever picks a different one.
  precacheOptions: { cleanupOutdatedCaches: true, ignoreURLParametersMatching: [/.*/] },
  disableDevLogs: true,
  // Class mode's addresses (never-cached.ts) are never kept: the live stream and the API match
  // no route, so the browser fetches them itself.
  runtimeCaching: [
    {
      // A class page comes from the network only. When it cannot, the student gets the kit's
      // "class pages need the network" page (no class data in it) instead of the browser's error.
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && request.mode === 'navigate' && isClassPage(url.pathname),
      handler: new NetworkOnly({
        networkTimeoutSeconds: NO_COPY_TIMEOUT_SECONDS,
        plugins: [reportReachability, classPageFallback],
      }),
    },
    {
      // In-app navigation payloads are not kept: their addresses change with the page they are
      // requested from, so a saved one would almost never be found again. Offline, the failed
      // request makes Next load the page in full, and that page comes from the saved copy.
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin &&
        !isNeverCached(url.pathname) &&
        (request.headers.get('RSC') === '1' || url.searchParams.has('_rsc')),
      handler: new NetworkOnly({ plugins: [reportReachability] }),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && isStaticAsset(url.pathname),
      handler: new CacheFirst({ cacheName: CACHES.static }),
    },
    {
      // Pages, answer keys, the lesson list JSON, icons: anything else of ours.
      matcher: ({ url, sameOrigin }) => sameOrigin && !isNeverCached(url.pathname),
      handler: new NetworkFirstReporting({
        cacheName: CACHES.pages,
        matchOptions: { ignoreVary: true },
        plugins: [pageCachePlugin],
      }),
    },
  ],
  fallbacks: fallbackUrl
    ? { entries: [{ url: fallbackUrl, matcher: ({ request }) => request.mode === 'navigate' }] }
    : undefined,
});

self.addEventListener('install', (event) => {
  event.waitUntil(saveStaticAssets());
});

self.addEventListener('message', (event) => {
  const data = event.data as WorkerRequest | undefined;
  const port = event.ports[0];
  if (data?.type === 'PAGE_SEEN') {
    event.waitUntil(pageSeen(data.url));
  } else if (data?.type === 'NETWORK_STATUS') {
    // A page just opened (perhaps from a saved copy) asks, and hears at once what the last request
    // found. While the server was unreachable, a fresh request to it follows; a change is sent to
    // every page (setReachable). A page showing the offline notice asks again now and then.
    const reply: WorkerMessage = { type: 'NETWORK_STATUS', reachable: isReachable() };
    event.source?.postMessage(reply);
    if (!isReachable()) event.waitUntil(probeNetwork(PROBE_URL));
  } else if (data?.type === 'SAVE_LESSON') {
    event.waitUntil(
      saveLesson(data.slug, { onlyMissing: false }).then((reply) => port?.postMessage(reply)),
    );
  }
});

serwist.addEventListeners();

/** Every hashed file of this build, so any page saved later finds its scripts. Installs fail whole. */
async function saveStaticAssets(): Promise<void> {
  const cache = await caches.open(CACHES.static);
  const missing: string[] = [];
  for (const url of staticUrls) if (!(await cache.match(url))) missing.push(url);
  await cache.addAll(missing);
}

/**
 * A page told us it was shown. The first page of a first visit loaded before this worker was in
 * charge, so it is saved here; a lesson also gets its answer keys and articles.
 */
async function pageSeen(url: string): Promise<void> {
  if (isNeverCached(new URL(url).pathname)) return;
  await refreshIfNewVersion(version, new Set(staticUrls));
  const pages = await caches.open(CACHES.pages);
  const kept =
    serwist.getPrecacheKeyForUrl(url) !== undefined ||
    (await pages.match(pageKey(url), { ignoreVary: true }));
  if (!kept) await savePage(pages, url).catch(() => undefined);
  const slug = lessonSlugOf(new URL(url).pathname);
  if (slug) await saveLesson(slug, { onlyMissing: true });
}
