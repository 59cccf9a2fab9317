/**
 * At most one call per interval: the first request runs at once, and any made within the
 * interval run once at its end. What keeps a class of 30 checking at the same moment to one
 * refresh of the teacher's page a second, while a lone change still shows at once.
 */
export function throttle(run: () => void, intervalMs: number) {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const fire = () => {
    timer = null;
    last = Date.now();
    run();
  };
  return {
    request() {
      if (timer) return;
      const wait = last + intervalMs - Date.now();
      if (wait <= 0) fire();
      else timer = setTimeout(fire, wait);
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
