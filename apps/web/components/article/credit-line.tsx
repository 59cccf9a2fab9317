import type { ArticleMeta } from '@sayswho/core';
import { UI } from '@/lib/ui-text';

/** The credit every view of an article carries: the outlet that published it and the wire service. */
export function CreditLine({ article }: { article: ArticleMeta }) {
  return (
    <p className="credit-line">
      <span className="visually-hidden">{UI.article.creditHeading}: </span>
      {article.credit}
    </p>
  );
}
