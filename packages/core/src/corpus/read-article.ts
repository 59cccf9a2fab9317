/**
 * Reads an article's `.txt`. The text is kept exactly as published; only encoding accidents that
 * would make offsets meaningless or quotes unmatchable are repaired, and each repair is reported.
 */
import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics';

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
  const warn = (line: number, message: string, fix: string) =>
    diagnostics.push({ file, line, column: line > 0 ? 1 : 0, severity: 'warning', message, fix });
  let text = raw;

  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    warn(
      1,
      'the file starts with a byte-order mark (BOM); it was ignored',
      'save the file as “UTF-8” without BOM',
    );
  }
  if (text.includes('\r')) {
    text = text.replace(/\r\n?/g, '\n');
    warn(
      lineOf(raw, raw.indexOf('\r')),
      'the file has Windows (CRLF) or old Mac line endings; they were read as plain line breaks',
      'save the file with Unix (LF) line endings',
    );
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    diagnostics.push({
      file,
      line: lineOf(text, nul),
      column: nul - text.lastIndexOf('\n', nul),
      severity: 'error',
      message: 'the text contains a NUL character, so it is probably not a plain-text file',
      fix: 'paste the article into a new plain-text file saved as UTF-8',
    });
  }
  const normalized = text.normalize('NFC');
  if (normalized !== text) {
    let first = 0;
    while (text[first] === normalized[first]) first++;
    warn(
      lineOf(text, first),
      'some letters are stored as a base letter plus a separate accent (not NFC); they were joined',
      'save the file with NFC (composed) Unicode, which most editors do by default',
    );
    text = normalized;
  }
  return { text, diagnostics };
}

function lineOf(text: string, index: number): number {
  return text.slice(0, Math.max(0, index)).split('\n').length;
}
