/**
 * The renderer's half of "lesson content is content": every HTML tree made from a lesson or the
 * authoring guide passes through here before it becomes a page or an exercise's HTML string, at
 * build time. hast-util-sanitize keeps only the elements and attributes the kit's Markdown makes
 * (an explicit allow-list, below), and the kit's URL policy then drops every `href` it refuses.
 * Nothing in the list fetches anything (no img, video, audio, iframe, object, embed, source, base,
 * meta, link, form, style, script; no src, srcset, style, on… or action attribute), so a mistake
 * the checker missed cannot run script or make a student's browser ask another site for anything.
 */
import { linkTarget } from '@sayswho/core';
import type { Element, Root } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { visit } from 'unist-util-visit';

const SCHEMA = {
  // Left out on purpose: `strip` (an element not listed goes with its content, not unwrapped),
  // `protocols` (addresses are the URL policy's job, done after), comments and doctypes.
  tagNames: [
    ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'hr', 'br'],
    ...['ul', 'ol', 'li', 'input', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
    ...['em', 'strong', 'del', 'code', 'pre', 'a', 'sup', 'section'],
    // <KeyTerm> in an exercise's prompt or explanation (markdown-html.ts).
    ...['span', 'dfn'],
  ],
  attributes: {
    a: [
      'href',
      'title',
      // GitHub footnotes: the call and the way back.
      'id',
      'dataFootnoteRef',
      'dataFootnoteBackref',
      'ariaDescribedBy',
      'ariaLabel',
      ['className', 'data-footnote-backref'],
    ],
    code: [['className', /^language-[\w-]+$/]],
    ol: ['start', ['className', 'contains-task-list']],
    ul: [['className', 'contains-task-list']],
    li: ['id', ['className', 'task-list-item']],
    input: [['type', 'checkbox'], 'checked', ['disabled', true]],
    th: ['align'],
    td: ['align'],
    section: ['dataFootnotes', ['className', 'footnotes']],
    h2: ['id', ['className', 'sr-only']],
    span: [['className', 'key-term']],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  ancestors: { thead: ['table'], tbody: ['table'], tr: ['table'], th: ['table'], td: ['table'] },
  // Footnote ids already carry Markdown's own `user-content-` prefix; a second one would break them.
  clobber: [],
} satisfies Schema;

/**
 * A safe copy of `tree`. `placeholders` are the renderer's own empty elements standing for a kit
 * component or a problem (render-lesson.tsx); they keep their `data-index` and nothing else.
 */
export function sanitizeContent(tree: Root, placeholders: readonly string[] = []): Root {
  const schema: Schema = {
    ...SCHEMA,
    tagNames: [...SCHEMA.tagNames, ...placeholders],
    attributes: {
      ...SCHEMA.attributes,
      ...Object.fromEntries(placeholders.map((tag) => [tag, ['dataIndex']])),
    },
  };
  const safe = sanitize(tree, schema) as Root;
  visit(safe, 'element', (element: Element) => {
    const href = element.properties.href;
    if (href !== undefined && linkTarget(String(href)) === null) delete element.properties.href;
  });
  return safe;
}
