/**
 * Reads an article's `.txt`. The text is kept exactly as published; only encoding accidents that
 * would make offsets meaningless or quotes unmatchable are repaired. A byte-order mark and Windows
 * line endings are what editors write, and repairing them changes no letter: that is done
 * silently. Joining accents (NFC) changes the text, so it is reported to the author.
 */
import { readFileSync } from 'node:fs';
import { emptyFile, type Diagnostic } from '../diagnostics';

export function readArticleText(
  absolutePath: string,
  file: string,
): { text: string; diagnostics: Diagnostic[] } {
  return cleanArticleText(readFileSync(absolutePath, 'utf8'), file);
}

export function cleanArticleText(
  raw: string,
  file: string,
): { text: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    diagnostics.push(
      emptyFile(
        file,
        'paste the article into it, one paragraph a line (see packages/core/corpus/README.md)',
      ),
    );
    return { text, diagnostics };
  }
  const nul = nulCharacter(text, file);
  if (nul) diagnostics.push(nul);
  const normalized = text.normalize('NFC');
  if (normalized !== text) {
    let first = 0;
    while (text[first] === normalized[first]) first++;
    diagnostics.push({
      file,
      line: lineOf(text, first),
      column: 1,
      severity: 'warning',
      message:
        'some letters are stored as a base letter plus a separate accent (not NFC); they were joined',
      fix: 'save the file with NFC (composed) Unicode, which most editors do by default',
    });
    text = normalized;
  }
  return { text, diagnostics };
}

/** A NUL character: the file is probably not plain text (a word processor's file, renamed). */
export function nulCharacter(text: string, file: string): Diagnostic | null {
  const at = text.indexOf('\u0000');
  if (at === -1) return null;
  return {
    file,
    line: lineOf(text, at),
    column: at - text.lastIndexOf('\n', at),
    severity: 'error',
    message: 'the text contains a NUL character, so it is probably not a plain-text file',
    fix: 'paste the text into a new plain-text file saved as UTF-8',
  };
}

function lineOf(text: string, index: number): number {
  return text.slice(0, Math.max(0, index)).split('\n').length;
}
