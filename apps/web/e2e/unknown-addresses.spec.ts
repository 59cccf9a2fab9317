/**
 * Addresses the build never made (a mistyped lesson, a guessed answer key) cost the server nothing
 * that lasts: each is the kit's 404, and nothing is written to disk. Before, `next start` rendered
 * each one and cached it under .next/server (~49 kB a request: 1,000 requests added 49 MB).
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { LESSON_SLUGS } from './helpers/lessons';

const SERVER_FOLDER = join(__dirname, '..', '.next', 'server');

/** Every file under the folder with its size: a new file or a grown one shows in the comparison. */
function filesUnder(folder: string): Map<string, number> {
  const files = new Map<string, number>();
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(folder, name));
    if (stat.isFile()) files.set(name, stat.size);
  }
  return files;
}

const unknown = () => `x${randomBytes(6).toString('hex')}`;
/** What each kind of unknown address answers, and how. */
const KINDS: { readonly path: () => string; readonly says: string }[] = [
  { path: () => `/lessons/${unknown()}`, says: 'Page not found' },
  { path: () => `/lessons/${unknown()}/hand-in`, says: 'Page not found' },
  { path: () => `/lessons/${unknown()}/teacher`, says: 'Page not found' },
  { path: () => `/keys/${unknown()}/${unknown()}.json`, says: 'No such exercise key.' },
  { path: () => `/keys/${LESSON_SLUGS[0]}/${unknown()}.json`, says: 'No such exercise key.' },
];
const EACH = 40;
const AT_ONCE = 8;

test(`${EACH} requests to unknown addresses of each kind answer 404 and write nothing to disk`, async ({
  request,
}) => {
  test.setTimeout(60_000);
  const before = filesUnder(SERVER_FOLDER);
  const started = Date.now();
  const queue = KINDS.flatMap((kind) => Array.from({ length: EACH }, () => kind));
  await Promise.all(
    Array.from({ length: AT_ONCE }, async () => {
      for (let kind = queue.pop(); kind; kind = queue.pop()) {
        const path = kind.path();
        const response = await request.get(path);
        expect(response.status(), path).toBe(404);
        expect(await response.text(), path).toContain(kind.says);
      }
    }),
  );
  console.log(`${KINDS.length * EACH} unknown addresses in ${Date.now() - started} ms`);
  const written = [...filesUnder(SERVER_FOLDER)].filter(
    ([name, size]) => before.get(name) !== size,
  );
  expect(
    written.slice(0, 3).map(([name]) => name),
    `${written.length} files written or grown under .next/server`,
  ).toEqual([]);
});
