/**
 * Resolves once a page's shell has had time to leave the server. The class's results are read
 * (PGlite runs on this thread) and folded synchronously, and their first reads were queued
 * before the shell's bytes went through Next's streams: without this pause, measured with 300
 * students, the shell reached the browser only with everything else, 2 s later.
 */
export function afterShell(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 25));
}
