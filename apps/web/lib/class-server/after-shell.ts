/**
 * Resolves once a page's shell has had time to leave the server, before a section streamed
 * behind it reads the class's results. Those reads run on this thread (PGlite is WebAssembly in
 * this process, and the fold of every event is synchronous), and queued at once they held the
 * shell's bytes back: with 300 students the shell reached the browser only with everything
 * else. Ten turns of the event loop rather than a fixed time, because on a busy machine a turn
 * takes longer but the shell still needs only a few of them to be written out.
 */
const TURNS = 10;

export async function afterShell(): Promise<void> {
  for (let turn = 0; turn < TURNS; turn += 1)
    await new Promise((resolve) => setTimeout(resolve, 5));
}
