/**
 * The corpus for the app: loaded once per server process from `packages/core/corpus`. Outside
 * production it is reloaded when a corpus file changes, so a teacher editing YAML under `next dev`
 * sees the change on the next page load. Problems are printed once per load (the app still shows
 * every good annotation); `npm run corpus -- check` is where a teacher fixes them.
 *
 * Server and build side only (reads files).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatDiagnostic, type Diagnostic } from '../diagnostics';
import { findCorpusDir, loadCorpus } from './load-corpus';
import { findArticle, findStory } from './query-corpus';
import type { Article, Corpus, Story } from './types';

let cached: { corpus: Corpus; diagnostics: Diagnostic[]; fingerprint: string } | null = null;

/** Names, sizes and modification times of every corpus file: changes whenever a teacher saves. */
function fingerprint(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => {
      const stat = statSync(path.join(dir, name));
      return `${name}:${stat.size}:${stat.mtimeMs}`;
    })
    .join('|');
}

function load() {
  const production = process.env.NODE_ENV === 'production';
  if (cached && production) return cached;
  const dir = findCorpusDir();
  const current = fingerprint(dir);
  if (cached?.fingerprint !== current) {
    cached = { ...loadCorpus(dir), fingerprint: current };
    for (const d of cached.diagnostics) console.warn(`[corpus] ${formatDiagnostic(d)}`);
  }
  return cached;
}

export function getCorpus(): Corpus {
  return load().corpus;
}

export function getCorpusDiagnostics(): readonly Diagnostic[] {
  return load().diagnostics;
}

export function getStory(id: string): Story | undefined {
  return findStory(getCorpus(), id);
}

export function getArticle(id: string): Article | undefined {
  return findArticle(getCorpus(), id);
}
