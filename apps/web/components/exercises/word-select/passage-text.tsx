/** A passage as plain reading text (the context of a Classify exercise), cut into the same blocks as the pickers. */
import { memo } from 'react';
import type { PassageLike } from './passage-words';

export const PassageText = memo(function PassageText({ passage }: { passage: PassageLike }) {
  return (
    <div className="passage-text">
      {passage.blocks.map((block) => (
        <p key={block.index} className={`passage-block passage-block--${block.role}`}>
          {passage.text.slice(block.start, block.end)}
        </p>
      ))}
    </div>
  );
});
