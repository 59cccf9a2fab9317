/**
 * For authoring route tests: the live preview's mode (NODE_ENV development) and a fresh copy of
 * the corpus for each test, which the routes write (SAYSWHO_CORPUS_DIR); the real one is never
 * touched. Returns the copy's folder.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findCorpusDir } from '@sayswho/core';

export function withCorpusCopy(): () => string {
  let corpus = '';
  beforeEach(() => {
    jest.replaceProperty(process.env, 'NODE_ENV', 'development');
    corpus = path.join(mkdtempSync(path.join(tmpdir(), 'sayswho-authoring-')), 'corpus');
    cpSync(findCorpusDir(), corpus, { recursive: true });
    process.env.SAYSWHO_CORPUS_DIR = corpus;
  });
  afterEach(() => {
    delete process.env.SAYSWHO_CORPUS_DIR;
    rmSync(path.dirname(corpus), { recursive: true, force: true });
  });
  return () => corpus;
}
