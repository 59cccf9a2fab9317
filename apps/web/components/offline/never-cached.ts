/**
 * Addresses the service worker leaves alone (no cache, no offline copy): class mode's API and
 * live stream, the class and join pages, and the teacher's pages. They hold students' names and
 * work, and a deleted class must not survive on a device; the live stream must reach the server.
 * Lessons' own teacher pages (`/lessons/<slug>/teacher`) are ordinary lesson pages and stay cached.
 */
const NEVER_CACHED = /^\/(api\/class|class|teacher|join)(\/|$)/;

export function isNeverCached(pathname: string): boolean {
  return NEVER_CACHED.test(pathname);
}

/**
 * The class pages a student opens (a class, its lessons, joining). Offline, the worker answers
 * their navigations with the kit's own "class pages need the network" page, which holds no
 * class data: nothing of the class page itself is ever kept.
 */
const CLASS_PAGE = /^\/(class|join)(\/|$)/;

export function isClassPage(pathname: string): boolean {
  return CLASS_PAGE.test(pathname);
}
