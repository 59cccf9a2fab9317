/**
 * `npm run dev` compiles each route the first time it is asked for: a teacher's first Check waited
 * on "Checking…" while the answer-key route and the live-preview stream compiled. Asking for them
 * once, as soon as the server answers, has them ready before the teacher opens a lesson (the page
 * itself then asks for the judging code, see live-preview.client.tsx). An unknown lesson and key
 * are enough: compiling the route is the point, and nothing depends on the answers.
 */
export const WARM_PATHS = ['/lessons/-', '/keys/-/-.json', '/lessons/live-preview'] as const;

export async function warmDevServer(
  base: string,
  { tries = 120, pause = 500 }: { tries?: number; pause?: number } = {},
): Promise<void> {
  for (let i = 0; i < tries; i += 1) {
    try {
      await fetch(base, { method: 'HEAD' });
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
  for (const path of WARM_PATHS) {
    try {
      // The live preview is an event stream that stays open: its headers mean it is compiled.
      const response = await fetch(new URL(path, base));
      await response.body?.cancel();
    } catch {
      // A warm-up that fails costs nothing but the wait it was meant to save.
    }
  }
}
