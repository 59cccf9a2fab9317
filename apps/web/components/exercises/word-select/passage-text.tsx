/**
 * A passage as plain reading text (the context of a Classify exercise), cut into the same blocks
 * as the pickers. A paragraph's number is drawn by CSS from `data-p`; a screen reader hears its
 * `data-label` ("Paragraph 7") before the paragraph instead.
 */
import { memo } from 'react';
import type { PassageLike } from './passage-words';
import { blockLabel } from './picker-html';

export const PassageText = memo(function PassageText({ passage }: { passage: PassageLike }) {
  return (
    <div className="passage-text">
      {passage.blocks.map((block) => (
        <p
          key={block.index}
          className={`passage-block passage-block--${block.role}`}
          data-p={block.paragraph ?? undefined}
          data-label={blockLabel(block)}
        >
          {passage.text.slice(block.start, block.end)}
        </p>
      ))}
    </div>
  );
});
