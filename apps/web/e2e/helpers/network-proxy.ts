/**
 * A small TCP proxy in front of the kit's server, for the ways a classroom loses its network
 * that the browser cannot emulate: a server that refuses connections (stopped, or a filter that
 * resets them) and a network that accepts them and then never answers (a captive portal, an
 * overloaded access point). Playwright's request routing cannot do this: it does not see what
 * the service worker fetches. Each test gets its own proxy, so its own origin and a fresh worker.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';

export type NetworkMode = 'up' | 'refuse' | 'hang';

export class NetworkProxy {
  private mode: NetworkMode = 'up';
  private readonly sockets = new Set<Socket>();
  private readonly server: Server;

  private constructor(
    private readonly target: URL,
    private port = 0,
  ) {
    this.server = createServer((client) => this.accept(client));
  }

  /** Starts a proxy on a free port of 127.0.0.1 that forwards to `target` (an origin). */
  static async start(target: string): Promise<NetworkProxy> {
    const proxy = new NetworkProxy(new URL(target));
    await proxy.listen();
    return proxy;
  }

  /** The address pages use: the proxy's, which stays the same whatever the mode. */
  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /**
   * up: forwards everything. refuse: nothing listens (connections are refused). hang: connections
   * are accepted and never answered. Open connections are cut on every change, so a browser's
   * kept-alive connection cannot slip past the new mode.
   */
  async set(mode: NetworkMode): Promise<void> {
    const wasListening = this.mode !== 'refuse';
    this.mode = mode;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    if (mode === 'refuse' && wasListening) await this.stopListening();
    if (mode !== 'refuse' && !wasListening) await this.listen();
  }

  async close(): Promise<void> {
    await this.set('refuse');
  }

  private accept(client: Socket): void {
    this.track(client);
    if (this.mode === 'hang') return;
    const upstream = connect(Number(this.target.port), this.target.hostname);
    this.track(upstream);
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('error', () => socket.destroy());
    socket.on('close', () => this.sockets.delete(socket));
  }

  private listen(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.port, '127.0.0.1', () => {
        this.server.off('error', reject);
        const address = this.server.address();
        if (address && typeof address === 'object') this.port = address.port;
        resolve();
      });
    });
  }

  private stopListening(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
