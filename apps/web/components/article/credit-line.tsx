import type { ArticleMeta } from '@sayswho/core';
import { articleText } from '@/lib/ui-text/article';

/** The credit every view of an article carries: the outlet that published it and the wire service. */
export function CreditLine({ article }: { article: ArticleMeta }) {
  return (
    <p className="credit-line">
      <span className="visually-hidden">{articleText.creditHeading}: </span>
      {article.credit}
    </p>
  );
}
