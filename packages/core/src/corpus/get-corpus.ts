/**
 * The corpus for the app: loaded once per server process from `packages/core/corpus`. Problems
 * are printed once (the app still shows every good annotation); `npm run corpus -- check` is
 * where a teacher fixes them.
 *
 * Server and build side only (reads files).
 */
import { formatDiagnostic, type Diagnostic } from '../diagnostics';
import { loadCorpus } from './load-corpus';
import { findArticle, findStory } from './query-corpus';
import type { Article, Corpus, Story } from './types';

let cached: { corpus: Corpus; diagnostics: Diagnostic[] } | null = null;

function load() {
  if (!cached) {
    cached = loadCorpus();
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
