/**
 * Markdown (with GitHub tables and task lists) to React elements, on the server at build time.
 * Used for the authoring guide; raw HTML in the Markdown is dropped, never injected, and the tree
 * passes the same sanitiser as the lessons (no script, nothing fetched from another site).
 */
import type { ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { toHast } from 'mdast-util-to-hast';
import { sanitizeContent } from '@sayswho/lessons';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface MarkdownHeading {
  readonly id: string;
  readonly depth: number;
  readonly text: string;
}

function textOf(
  node: Element | HastRoot | { type: string; value?: string; children?: unknown[] },
): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return ('children' in node && Array.isArray(node.children) ? node.children : [])
    .map((child) => textOf(child as Element))
    .join('');
}

function slug(text: string, taken: Set<string>): string {
  const base =
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'section';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Gives every h2/h3 an id, so the guide can link to its sections, and lists them. */
function addHeadingIds(tree: HastRoot): MarkdownHeading[] {
  const taken = new Set<string>();
  const headings: MarkdownHeading[] = [];
  for (const node of tree.children) {
    if (node.type === 'element' && /^h[23]$/.test(node.tagName)) {
      const text = textOf(node);
      const id = slug(text, taken);
      node.properties = { ...node.properties, id };
      headings.push({ id, depth: Number(node.tagName[1]), text });
    }
  }
  return headings;
}

export interface RenderedMarkdown {
  readonly content: ReactNode;
  /** The h2 and h3 sections, for a table of contents. */
  readonly headings: readonly MarkdownHeading[];
  /** Whether the text brings its own h1 (else the page supplies one). */
  readonly hasTitle: boolean;
}

/** Code blocks can scroll sideways on a phone: keyboard users must be able to scroll them too. */
function makeCodeBlocksFocusable(tree: HastRoot): void {
  for (const node of tree.children) {
    if (node.type === 'element' && node.tagName === 'pre')
      node.properties = { ...node.properties, tabIndex: 0 };
  }
}

export function renderMarkdown(source: string): RenderedMarkdown {
  const processor = unified().use(remarkParse).use(remarkGfm);
  const mdast = processor.runSync(processor.parse(source)) as MdastRoot;
  const hast = sanitizeContent(toHast(mdast) as HastRoot);
  const headings = addHeadingIds(hast);
  makeCodeBlocksFocusable(hast);
  const hasTitle = hast.children.some((n) => n.type === 'element' && n.tagName === 'h1');
  return { content: toJsxRuntime(hast, { Fragment, jsx, jsxs }), headings, hasTitle };
}
