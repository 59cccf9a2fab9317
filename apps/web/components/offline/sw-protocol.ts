/**
 * What the pages and the service worker (`sw/sw.ts`) agree on: the names of the caches, the list
 * of what each lesson needs offline, and the messages between them. Plain data only: this file is
 * compiled into both the app and the worker.
 */

/** The caches the worker fills at run time (Serwist's versioned precache holds the app shell). */
export const CACHES = {
  /** `/_next/static/**`: hashed, never changes, shared by every version so old pages keep working. */
  static: 'sayswho-static',
  /** Visited pages and their data (lesson pages, answer keys, article pages), by address. */
  pages: 'sayswho-pages',
} as const;

/** Built by `app/offline/lessons.json/route.ts`: every lesson and the addresses it needs offline. */
export const OFFLINE_LESSONS_URL = '/offline/lessons.json';

export interface OfflineLesson {
  readonly slug: string;
  readonly title: string;
  /** The student page first, then its hand-in page, the answer keys of its exercises and its articles' pages. */
  readonly urls: readonly string[];
}

export interface OfflineLessonList {
  readonly lessons: readonly OfflineLesson[];
}

/**
 * Messages the pages send the worker. SKIP_WAITING (Serwist's own) activates a waiting update;
 * NETWORK_STATUS asks whether the kit's server could be reached lately (the worker answers with a
 * WorkerMessage).
 */
export type WorkerRequest =
  | { readonly type: 'PAGE_SEEN'; readonly url: string }
  | { readonly type: 'NETWORK_STATUS' }
  | { readonly type: 'SAVE_LESSON'; readonly slug: string }
  | { readonly type: 'SKIP_WAITING' };

/**
 * Messages the worker sends the pages: whether its last request reached the kit's server, sent
 * when that changes and in answer to NETWORK_STATUS.
 */
export type WorkerMessage = { readonly type: 'NETWORK_STATUS'; readonly reachable: boolean };

/** The worker's answer to SAVE_LESSON, through the message's port. */
export type SaveLessonReply =
  /** `sizes`: bytes saved per address (lessons share articles, so add them up by address). */
  | { readonly ok: true; readonly sizes: Readonly<Record<string, number>> }
  | { readonly ok: false; readonly failed: readonly string[] };

/**
 * One cache key per page whatever the address's trailing slash: `next start` serves
 * `/lessons/x`, the static export `/lessons/x/`, and links may use either.
 */
export function pageKey(url: string | URL, base?: string): string {
  const u = new URL(url, base);
  const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') : u.pathname;
  return `${u.origin}${path}`;
}

/** `/lessons/<slug>` or `/lessons/<slug>/` (the student view, not the teacher view) → the slug. */
export function lessonSlugOf(pathname: string): string | null {
  return /^\/lessons\/([^/]+)\/?$/.exec(pathname)?.[1] ?? null;
}
