/**
 * Page weight: the JavaScript and CSS a browser downloads to show a page, raw and compressed the
 * way a server sends them (gzip at zlib's default level 6, as `next start` does; brotli at
 * quality 11, as static hosts and CDNs serve prebuilt assets). Each file is compressed on its own,
 * as it travels, and a page's figure is the sum over its files.
 */
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { BuiltPage, PageKind } from './build-output';

export interface Bytes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageWeight {
  path: string;
  route: string;
  kind: PageKind;
  js: Bytes;
  css: Bytes;
  /** The prerendered HTML document itself (the lesson text travels here). */
  html?: Bytes;
  /** JS gzip bytes beyond the empty App Router page's: what the kit adds to the framework. */
  jsExcessGzip?: number;
}

const sizes = new Map<string, Bytes>();

function bytesOf(content: Buffer): Bytes {
  return {
    raw: content.length,
    gzip: gzipSync(content).length,
    brotli: brotliCompressSync(content).length,
  };
}

export function fileBytes(file: string): Bytes {
  const known = sizes.get(file);
  if (known) return known;
  const measured = bytesOf(readFileSync(file));
  sizes.set(file, measured);
  return measured;
}

/**
 * An inline script, compressed on its own as if it were a file: it travels inside the HTML, where
 * it costs about as much (bench README, "A first paint before the scripts").
 */
function inlineBytes(script: string): Bytes {
  return bytesOf(Buffer.from(script, 'utf8'));
}

function sumBytes(bytes: Bytes[]): Bytes {
  return bytes.reduce(
    (total, b) => ({
      raw: total.raw + b.raw,
      gzip: total.gzip + b.gzip,
      brotli: total.brotli + b.brotli,
    }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
}

/** Each file once: a page lists a chunk again when two of its parts load it. */
function uniqueFilesBytes(files: readonly string[]): Bytes[] {
  return [...new Set(files)].map(fileBytes);
}

export function weighPage(page: BuiltPage, baselineJsGzip?: number): PageWeight {
  const js = sumBytes([...uniqueFilesBytes(page.jsFiles), ...page.inlineJs.map(inlineBytes)]);
  return {
    path: page.path,
    route: page.route,
    kind: page.kind,
    js,
    css: sumBytes(uniqueFilesBytes(page.cssFiles)),
    html: page.htmlFile ? fileBytes(page.htmlFile) : undefined,
    jsExcessGzip: baselineJsGzip === undefined ? undefined : js.gzip - baselineJsGzip,
  };
}
