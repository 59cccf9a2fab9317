/**
 * The pages a student or teacher saved for offline use (by opening them, or with "Make all lessons
 * available offline"), in the `sayswho-pages` cache: saving a lesson with everything it needs,
 * and refreshing what was saved once a new version of the kit is in charge.
 */
import type { PrecacheEntry } from 'serwist';
import {
  CACHES,
  OFFLINE_LESSONS_URL,
  pageKey,
  type OfflineLessonList,
  type SaveLessonReply,
} from '../components/offline/sw-protocol';

declare const self: ServiceWorkerGlobalScope;

/** Where the pages cache records which version of the kit last refreshed it. */
const VERSION_KEY = '/__sayswho/version';

/** A short fingerprint of a build's precache manifest: it changes with every release. */
export function versionOf(manifest: readonly PrecacheEntry[]): string {
  let hash = 5381;
  for (const { url, revision } of manifest) {
    for (const ch of `${url}@${revision ?? ''};`)
      hash = ((hash << 5) + hash + ch.charCodeAt(0)) | 0;
  }
  return (hash >>> 0).toString(36);
}

/**
 * Fetches a page (or JSON) and stores it under its page key. A followed redirect is stored as a
 * plain response: Chromium refuses a redirected response as the answer to a navigation.
 * Returns its size in bytes, or throws when the network fails or the answer is not 200.
 */
export async function savePage(cache: Cache, url: string): Promise<number> {
  const response = await fetch(new URL(url, self.location.origin), {
    cache: 'no-cache',
    credentials: 'same-origin',
  });
  if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
  const body = await response.arrayBuffer();
  const headers = new Headers(response.headers);
  headers.delete('Vary');
  await cache.put(
    pageKey(url, self.location.origin),
    new Response(body, { status: 200, statusText: response.statusText, headers }),
  );
  return body.byteLength;
}

async function cachedSize(cache: Cache, url: string): Promise<number | null> {
  const response = await cache.match(pageKey(url, self.location.origin), { ignoreVary: true });
  return response ? (await response.arrayBuffer()).byteLength : null;
}

/** The kit's lesson list with each lesson's addresses: from the network, else the saved copy. */
async function lessonList(cache: Cache): Promise<OfflineLessonList> {
  try {
    await savePage(cache, OFFLINE_LESSONS_URL);
  } catch {
    // Offline: the copy saved with an earlier lesson will do.
  }
  const saved = await cache.match(pageKey(OFFLINE_LESSONS_URL, self.location.origin), {
    ignoreVary: true,
  });
  if (!saved) throw new Error(`${OFFLINE_LESSONS_URL} is not available`);
  return (await saved.json()) as OfflineLessonList;
}

/**
 * Saves one lesson's page, answer keys and article pages. With `onlyMissing`, what is saved
 * already is left alone (a page the student just opened was saved by the fetch itself).
 */
export async function saveLesson(
  slug: string,
  { onlyMissing }: { onlyMissing: boolean },
): Promise<SaveLessonReply> {
  const cache = await caches.open(CACHES.pages);
  let urls: readonly string[];
  try {
    const lesson = (await lessonList(cache)).lessons.find((l) => l.slug === slug);
    if (!lesson) return { ok: false, failed: [`/lessons/${slug}/`] };
    urls = lesson.urls;
  } catch {
    return { ok: false, failed: [OFFLINE_LESSONS_URL] };
  }
  const failed: string[] = [];
  const sizes: Record<string, number> = {};
  for (const url of urls) {
    const saved = onlyMissing ? await cachedSize(cache, url) : null;
    try {
      sizes[url] = saved ?? (await savePage(cache, url));
    } catch {
      failed.push(url);
    }
  }
  return failed.length === 0 ? { ok: true, sizes } : { ok: false, failed };
}

/**
 * After an update, fetches every saved page again so offline copies match the new version.
 * Until that succeeds, saved pages keep the scripts of the version they came from: old files in
 * the shared static cache are deleted only once every saved page has been refreshed.
 */
export function refreshIfNewVersion(
  version: string,
  currentStatic: ReadonlySet<string>,
): Promise<void> {
  // Several tabs report at once after an update; one refresh serves them all.
  refreshing ??= refresh(version, currentStatic).finally(() => (refreshing = null));
  return refreshing;
}

let refreshing: Promise<void> | null = null;

async function refresh(version: string, currentStatic: ReadonlySet<string>): Promise<void> {
  const pages = await caches.open(CACHES.pages);
  const marker = await pages.match(VERSION_KEY);
  if (marker && (await marker.text()) === version) return;

  let complete = true;
  for (const request of await pages.keys()) {
    if (new URL(request.url).pathname === VERSION_KEY) continue;
    try {
      await savePage(pages, request.url);
    } catch (error) {
      // A page the new version no longer has is dropped; an unreachable one is kept as it was.
      if (/HTTP 404/.test(String(error))) await pages.delete(request);
      else complete = false;
    }
  }
  if (!complete) return;

  const statics = await caches.open(CACHES.static);
  for (const request of await statics.keys()) {
    if (!currentStatic.has(new URL(request.url).pathname)) await statics.delete(request);
  }
  await pages.put(VERSION_KEY, new Response(version));
}
