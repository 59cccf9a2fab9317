/**
 * Feedback drawn on the passage the student marked, in place: after a Check each marked phrase
 * gets its verdict (a fill and an underline style per kind, which exercises.css draws from the
 * words' and gaps' `data-fb` attributes), a symbol and note number after it, and an accessible
 * description pointing at its note, so a screen-reader user hears “battered, selected, Found: You
 * found …” word by word.
 * Nothing is re-rendered: on an 860-word article, swapping in a freshly rendered marked-up
 * passage cost most of the time from Check to feedback at 4× CPU slowdown.
 */
import type { Span } from '@sayswho/core';
import type { Token } from '@sayswho/core/quiz';
import type { feedbackText } from '@/lib/ui-text/feedback';

export type MarkStatus = keyof typeof feedbackText.status;

export interface FeedbackMark {
  readonly span: Span;
  readonly status: MarkStatus;
  /** Its number in the notes under the text. */
  readonly note: number;
  /** The status's symbol, shown with the number after the phrase. */
  readonly symbol: string;
}

/**
 * Draws `marks` (earlier ones win where two overlap) on the word elements; returns the function
 * that removes them again (Try again).
 */
export function drawFeedback(
  elements: readonly HTMLElement[],
  words: readonly Token[],
  marks: readonly FeedbackMark[],
  /** The notes' element ids but their number. */
  notePrefix: string,
): () => void {
  const owner = new Int32Array(words.length).fill(-1);
  marks.forEach((mark, m) => {
    words.forEach((w, i) => {
      if (owner[i] === -1 && w.start < mark.span.end && mark.span.start < w.end) owner[i] = m;
    });
  });
  const touched: Element[] = [];
  const tags: Element[] = [];
  owner.forEach((m, i) => {
    const mark = marks[m];
    const el = elements[i];
    if (!mark || !el) return;
    el.setAttribute('data-fb', mark.status);
    el.setAttribute('aria-describedby', notePrefix + mark.note);
    touched.push(el);
    const gap = el.nextElementSibling;
    const next = elements[i + 1];
    if (
      owner[i + 1] === m &&
      gap?.classList.contains('wp-gap') &&
      gap.nextElementSibling === next
    ) {
      gap.setAttribute('data-fb', mark.status);
      touched.push(gap);
    } else {
      // The phrase ends here (or at a paragraph's end): its symbol and note number follow it.
      const tag = document.createElement('span');
      tag.className = 'fb-tag';
      tag.setAttribute('aria-hidden', 'true');
      tag.textContent = `${mark.symbol}${mark.note}`;
      el.after(tag);
      tags.push(tag);
    }
  });
  return () => {
    for (const tag of tags) tag.remove();
    for (const el of touched) {
      el.removeAttribute('data-fb');
      el.removeAttribute('aria-describedby');
    }
  };
}
