/**
 * Serves the static export (`apps/web/out`) the way a static host or CDN would, for the browser
 * smoke test and for trying a deployment locally: `npx tsx scripts/serve-static.ts [port]`.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = fileURLToPath(new URL('../apps/web/out', import.meta.url));
const port = Number(process.argv[2] ?? process.env.PORT ?? 4000);
const serve = sirv(root, { dev: false, etag: true, extensions: ['html'] });

createServer((req, res) =>
  serve(req, res, () => {
    // Unknown paths get the kit's own 404 page, as static hosts do.
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(readFileSync(join(root, '404.html')));
  }),
).listen(port, '127.0.0.1', () => console.log(`Static export served at http://127.0.0.1:${port}`));
