/**
 * Which words of a passage the student has marked, kept outside React: a passage of ~900 words
 * must answer a keypress in a few milliseconds, so every operation reports only the words whose
 * state changed and the picker touches only those elements.
 */
import type { Span } from '@sayswho/core';
import type { Token } from '@sayswho/core/quiz';

export class WordMarks {
  private marks: Uint8Array;
  /** The marks before a drag or a Shift+arrow extension began, so shrinking it restores them. */
  private base: Uint8Array | null = null;
  private anchor = 0;
  private mode: 0 | 1 = 1;

  constructor(readonly size: number) {
    this.marks = new Uint8Array(size);
  }

  isMarked(i: number): boolean {
    return this.marks[i] === 1;
  }

  /** Marks or unmarks one word; returns the changed indexes. */
  toggle(i: number): number[] {
    this.endRange();
    this.marks[i] = this.marks[i] ? 0 : 1;
    return [i];
  }

  /**
   * Starts a range at word `i` (a drag, or the first Shift+arrow): the range marks words, or
   * unmarks them when it starts on a marked word and `unmarkIfMarked` is set (dragging over a
   * mark erases it, as in a drawing tool).
   */
  beginRange(i: number, unmarkIfMarked: boolean): number[] {
    this.base = this.marks.slice();
    this.anchor = i;
    this.mode = unmarkIfMarked && this.marks[i] ? 0 : 1;
    return this.extendRange(i);
  }

  get inRange(): boolean {
    return this.base !== null;
  }

  /** Moves the range's free end to word `i`; returns the changed indexes. */
  extendRange(i: number): number[] {
    const base = this.base;
    if (!base) return this.beginRange(i, false);
    const from = Math.min(this.anchor, i);
    const to = Math.max(this.anchor, i);
    const changed: number[] = [];
    for (let w = 0; w < this.size; w += 1) {
      const next = w >= from && w <= to ? this.mode : (base[w] as 0 | 1);
      if (this.marks[w] !== next) {
        this.marks[w] = next;
        changed.push(w);
      }
    }
    return changed;
  }

  endRange(): void {
    this.base = null;
  }

  /** Unmarks the run of marked words around word `i` (a whole phrase); returns the changed indexes. */
  unmarkRun(i: number): number[] {
    this.endRange();
    if (!this.marks[i]) return [];
    let first = i;
    let last = i;
    while (first > 0 && this.marks[first - 1]) first -= 1;
    while (last < this.size - 1 && this.marks[last + 1]) last += 1;
    const changed: number[] = [];
    for (let w = first; w <= last; w += 1) {
      this.marks[w] = 0;
      changed.push(w);
    }
    return changed;
  }

  /** Replaces every mark; returns the changed indexes. */
  setAll(marked: (i: number) => boolean): number[] {
    this.endRange();
    const changed: number[] = [];
    for (let w = 0; w < this.size; w += 1) {
      const next = marked(w) ? 1 : 0;
      if (this.marks[w] !== next) {
        this.marks[w] = next;
        changed.push(w);
      }
    }
    return changed;
  }

  /** First and last index of each run of marked words. */
  runs(): [number, number][] {
    const out: [number, number][] = [];
    for (let w = 0; w < this.size; w += 1) {
      if (!this.marks[w]) continue;
      const last = out[out.length - 1];
      if (last && last[1] === w - 1) last[1] = w;
      else out.push([w, w]);
    }
    return out;
  }
}

/** The marked runs as character spans of the article text, as the quiz logic takes them. */
export function runsToSpans(words: readonly Token[], runs: readonly [number, number][]): Span[] {
  return runs.map(([first, last]) => ({ start: words[first]!.start, end: words[last]!.end }));
}

/** Whether word `w` lies inside any of `spans` (restoring saved answers). */
export function inAnySpan(word: Token, spans: readonly Span[]): boolean {
  return spans.some((s) => word.start < s.end && s.start < word.end);
}
