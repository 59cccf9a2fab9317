/**
 * Next calls `register()` once when `next start` or `next dev` starts (never during `next build`).
 * Class mode's server runs in the Node.js runtime only, and not in the static export, which has
 * no server; the import is dynamic so no other runtime's bundle takes in the database.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_OUTPUT === 'export') return;
  const { stampPeerAddress } = await import('./lib/class-server/peer-address');
  stampPeerAddress();
  const { drainOnStop } = await import('./lib/class-server/drain-on-stop');
  drainOnStop();
  const { startClassServer } = await import('./lib/class-server/start-class-server');
  await startClassServer();
}
