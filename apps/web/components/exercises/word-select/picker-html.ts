/**
 * The words of a picker as one HTML string. React inserts it without hydrating it: a lesson page
 * with a few whole-article exercises holds thousands of word elements, and hydrating each one as
 * a React element was a large part of the page's blocking time. The picker's engine adopts the
 * elements by their `data-w` index; React never touches them.
 */
import { pickerText } from '@/lib/ui-text/picker';
import type { PassageWords } from './passage-words';

// What HTML reads as markup in text (<, &) and in a double-quoted attribute (", &), as every
// attribute below is; > and ' are plain characters in both.
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '"': '&quot;' };

function escape(text: string): string {
  return text.replace(/[&<"]/g, (c) => ESCAPES[c] ?? c);
}

export function blockLabel(block: { role: string; paragraph: number | null }): string {
  const labels = pickerText.blockLabel;
  if (block.role === 'headline') return labels.headline;
  if (block.role === 'summary-heading' || block.role === 'summary-item') return labels.summary;
  return block.paragraph !== null ? labels.paragraph(block.paragraph) : labels.other;
}

/** Word `i`'s element id, for aria-activedescendant. */
export function wordId(idPrefix: string, i: number): string {
  return `${idPrefix}w${i}`;
}

/**
 * Each block is a group named by its place ("Paragraph 7"); a paragraph also shows its number in
 * the margin, drawn by CSS from `data-p` and hidden from screen readers, which hear the group's
 * name once instead of a number before the first word.
 */
export function pickerHtml(text: string, passage: PassageWords, idPrefix: string): string {
  let html = '';
  for (const { block, pieces } of passage.blocks) {
    const number = block.paragraph ? ` data-p=${block.paragraph}` : '';
    html += `<div role="group" aria-label="${escape(blockLabel(block))}"${number} class="passage-block passage-block--${block.role}">`;
    for (const piece of pieces) {
      if ('gap' in piece) {
        html += `<span class="wp-gap">${escape(piece.gap)}</span>`;
        continue;
      }
      const word = passage.words[piece.word]!;
      html +=
        `<span role="option" id="${escape(wordId(idPrefix, piece.word))}" aria-selected="false" data-w="${piece.word}" ` +
        `class="wp-word">${escape(text.slice(word.start, word.end))}</span>`;
    }
    html += '</div>';
  }
  return html;
}
