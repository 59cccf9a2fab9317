/**
 * Renders the Markdown of a prompt, a hint, an option or an explanation to an HTML string, for
 * the exercise spec (the key JSON and client components take strings, not trees; the page inserts
 * them as HTML). Lessons cannot contain raw HTML, so everything here comes from Markdown, the text
 * is escaped, and the tree is sanitised first (sanitize-content.ts): a link the checker would
 * refuse is still never in the string.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Nodes as MdastNodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { toHast, type State } from 'mdast-util-to-hast';
import { sanitizeContent } from './sanitize-content';

/** `<KeyTerm term="x">definition</KeyTerm>` inside a prompt or an explanation. */
function keyTerm(state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element {
  const term = node.attributes.find(
    (a) => a.type === 'mdxJsxAttribute' && a.name === 'term',
  )?.value;
  const inner = state.all(node) as ElementContent[];
  const content =
    node.type === 'mdxJsxFlowElement' &&
    inner.length === 1 &&
    inner[0]?.type === 'element' &&
    inner[0].tagName === 'p'
      ? inner[0].children
      : inner;
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['key-term'] },
    children: [
      {
        type: 'element',
        tagName: 'dfn',
        properties: {},
        children: [{ type: 'text', value: typeof term === 'string' ? term : '' }],
      },
      { type: 'text', value: ': ' },
      ...content,
    ],
  };
}

const dropUnknown = () => undefined;

const PHRASING = new Set([
  'text',
  'emphasis',
  'strong',
  'inlineCode',
  'link',
  'break',
  'delete',
  'mdxJsxTextElement',
  'mdxTextExpression',
]);

/**
 * `<Hint>Look for “said”.</Hint>` on one line holds bare text, while the same hint written over
 * several lines holds a paragraph; both render as a paragraph so they look the same.
 */
export function markdownToHtml(nodes: readonly MdastNodes[]): string {
  const phrasing = nodes.length > 0 && nodes.every((n) => PHRASING.has(n.type));
  const blocks = phrasing ? [{ type: 'paragraph', children: nodes } as MdastNodes] : nodes;
  const children = blocks.flatMap((node) => {
    const hast = toHast(node, {
      handlers: {
        mdxJsxFlowElement: keyTerm,
        mdxJsxTextElement: keyTerm,
        mdxFlowExpression: dropUnknown,
        mdxTextExpression: dropUnknown,
      },
      unknownHandler: dropUnknown,
    }) as HastRoot | HastContent;
    return hast.type === 'root' ? hast.children : [hast];
  });
  return sanitizeContent({ type: 'root', children }).children.map(serialize).join('').trim();
}

const VOID = new Set(['br', 'hr', 'img', 'input']);

function escape(text: string, attribute = false): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return attribute ? escaped.replace(/"/g, '&quot;') : escaped;
}

function serialize(node: HastContent): string {
  if (node.type === 'text') return escape(node.value);
  if (node.type !== 'element') return '';
  const attributes = Object.entries(node.properties ?? {})
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([name, v]) => {
      const attr =
        name === 'className' ? 'class' : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      return v === true
        ? ` ${attr}`
        : ` ${attr}="${escape(Array.isArray(v) ? v.join(' ') : String(v), true)}"`;
    })
    .join('');
  if (VOID.has(node.tagName)) return `<${node.tagName}${attributes}>`;
  return `<${node.tagName}${attributes}>${node.children.map(serialize).join('')}</${node.tagName}>`;
}
