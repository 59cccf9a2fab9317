/**
 * Every save from the authoring pages goes through the same checks as `npm run check`, before
 * anything is written: the change is made first in a scratch copy of the corpus, the corpus and
 * every lesson are checked there, and only when the change adds no error is it made again in the
 * real corpus. Problems that were there before the change are not the teacher's doing now, so
 * they do not stop the save.
 *
 * Server side only (reads and writes files).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatDiagnostic, loadCorpus } from '@sayswho/core';
import { checkLessons, corpusFirst, readLessonSources } from '@sayswho/lessons';
import { filesSignature } from '@/lib/lessons/lesson-kit';

export type Checked<T> =
  | { readonly ok: true; readonly value: T }
  /** Each problem as `npm run check` prints it, with paths inside the corpus folder. */
  | { readonly ok: false; readonly problems: readonly string[] };

export interface KitDirs {
  readonly corpus: string;
  readonly lessons: string;
}

/** The errors `npm run check` would print for this corpus and these lessons. */
function errorsOf(corpusDir: string, lessonsDir: string): string[] {
  const loaded = loadCorpus(corpusDir);
  const lessons = checkLessons(readLessonSources(lessonsDir), loaded.corpus);
  return corpusFirst(loaded.diagnostics, lessons.diagnostics)
    .filter((d) => d.severity === 'error')
    .map(formatDiagnostic);
}

/**
 * The errors of the files as they are, kept from the last save (whose "after" they were) for as
 * long as no file under the two folders changes: checking every lesson takes 1–2 s a time, and a
 * teacher saves one annotation after another. An edit by hand changes the files' signature.
 */
let known: { signature: string; errors: ReadonlySet<string> } | null = null;

/**
 * Runs `change` on a scratch copy of the corpus, then, if it threw nothing and added no error,
 * on the real one. `change` must do the same given the same folder (it writes what it was given).
 */
export function writeChecked<T>(dirs: KitDirs, change: (corpusDir: string) => T): Checked<T> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'sayswho-authoring-'));
  try {
    // Named like the real folder, so that problems name the same files.
    const copy = path.join(scratch, path.basename(dirs.corpus));
    cpSync(dirs.corpus, copy, { recursive: true });
    const signature = filesSignature(dirs);
    const before =
      known?.signature === signature ? known.errors : new Set(errorsOf(copy, dirs.lessons));
    known = { signature, errors: before };
    try {
      change(copy);
    } catch (caught) {
      return { ok: false, problems: [(caught as Error).message] };
    }
    const after = errorsOf(copy, dirs.lessons);
    const added = after.filter((problem) => !before.has(problem));
    if (added.length > 0) return { ok: false, problems: added };
    const value = change(dirs.corpus);
    known = { signature: filesSignature(dirs), errors: new Set(after) };
    return { ok: true, value };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
