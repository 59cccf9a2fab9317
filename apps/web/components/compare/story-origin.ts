/**
 * The sentence the compare page says about where two versions of a story come from, built only
 * from the articles' own `wire`: a story nobody credits to a wire service says nothing about one.
 */
import type { ArticleMeta } from '@sayswho/core';
import { UI } from '@/lib/ui-text';

export function storyOrigin(from: ArticleMeta, to: ArticleMeta): string {
  const said = UI.compare.origin;
  if (from.wire !== null && from.wire === to.wire)
    return said.sameWire(from.outlet, to.outlet, from.wire);
  if (from.wire === null && to.wire === null) return said.noWire(from.outlet, to.outlet);
  const each = (a: ArticleMeta) =>
    a.wire ? said.creditsWire(a.outlet, a.wire) : said.namesNoWire(a.outlet);
  return said.joined(each(from), each(to));
}
