/**
 * The pickers' marks and focus ring as CSS Custom Highlights, styled by `::highlight()` rules in
 * exercises.css. Drawing one changes no element, so a mark or a move repaints its words and lays
 * nothing out: a word is a box-less span, which Chromium lays out within its line, and giving one
 * a fill, border or outline made it a box of its own and its paragraph's layout run again.
 * Browsers without the API (Firefox before 140, Safari before 17.2) show the same marks from the
 * words' attributes, which the picker writes either way for screen readers (`aria-selected`, the
 * active word's class); exercises.css styles them only where `::highlight()` is unsupported.
 */
import type { WordMarks } from './word-marks';

/** Every picker on a page draws into these three, by their names in exercises.css. */
const highlights =
  typeof Highlight == 'function'
    ? ['wp-mark', 'wp-focus', 'wp-focus-marked'].map((name, i) => {
        const highlight = new Highlight();
        // The focus ring is drawn over the marks and over the feedback (priority 1).
        highlight.priority = i && 2;
        CSS.highlights.set(name, highlight);
        return highlight;
      })
    : null;

/**
 * Forced colours (Windows contrast themes) paint every highlight alike, in the system's highlight
 * colour: the marks still show, but a ring drawn so would look like a mark, so there the ring is
 * the active word's outline (exercises.css).
 */
const forcedColors = highlights && matchMedia('(forced-colors: active)');

interface Drawing {
  readonly elements: readonly HTMLElement[];
  /** First word index of each block (paragraph). */
  readonly blockStarts: readonly number[];
  readonly marks: WordMarks;
  readonly focus: number;
  /** The ranges drawn last time, to take back. */
  drawn: StaticRange[];
}

/** Words `first` to `last` and the text between them, as a highlight draws it. */
export function wordsRange(
  elements: readonly HTMLElement[],
  first: number,
  last = first,
): StaticRange {
  return new StaticRange({
    startContainer: elements[first]!,
    startOffset: 0,
    endContainer: elements[last]!,
    endOffset: 1,
  });
}

/**
 * Draws a picker's marked runs, and its focus ring while it has focus (a marked word's ring keeps
 * the mark's underline), once every word is read: a range needs its two ends. The ring is drawn
 * and taken back rather than styled under `.word-picker:focus`: such a rule made every word's
 * style be computed again when the passage gained or lost focus (half a second at the bench's
 * reference CPU).
 */
export function drawHighlights(picker: Drawing): void {
  if (!highlights || picker.elements.length < picker.marks.size) return;
  const [mark, ring, markedRing] = highlights as [Highlight, Highlight, Highlight];
  eraseHighlights(picker);
  const draw = (first: number, last: number) => {
    const range = wordsRange(picker.elements, first, last);
    mark.add(range);
    picker.drawn.push(range);
  };
  // A run across a paragraph's end is drawn as one range per paragraph: each paragraph is a
  // `contain` boundary, and Chromium's highlight code has skipped static ranges across one.
  for (const [first, last] of picker.marks.runs()) {
    let from = first;
    for (const start of picker.blockStarts)
      if (start > from && start <= last) {
        draw(from, start - 1);
        from = start;
      }
    draw(from, last);
  }
  const active = picker.elements[picker.focus]!;
  if (forcedColors?.matches || active.closest('[role="listbox"]') !== document.activeElement)
    return;
  const focused = wordsRange(picker.elements, picker.focus);
  (picker.marks.isMarked(picker.focus) ? markedRing : ring).add(focused);
  picker.drawn.push(focused);
}

/** Takes a picker's marks and focus ring off the page (it is going, or drawing anew). */
export function eraseHighlights(picker: Drawing): void {
  for (const range of picker.drawn.splice(0))
    for (const highlight of highlights ?? []) highlight.delete(range);
}
