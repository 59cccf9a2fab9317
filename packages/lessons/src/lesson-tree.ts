/**
 * What the checker writes onto the lesson's syntax tree for the renderer (the app): each
 * component's checked props, which exercise or article display it is, and the problems found in
 * it, so a broken part is replaced by its error message instead of blanking the page.
 */
import type { Diagnostic } from '@sayswho/core';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import type { ComponentName } from './component-spec';
import type { ArticleDisplay } from './exercise-spec';
import type { LiteralValue } from './literal-value';

export interface ComponentData {
  readonly component: ComponentName;
  readonly props: Readonly<Record<string, LiteralValue>>;
  /** Set on exercises that were built: the id of their ExerciseSpec. */
  exerciseId?: string;
  /** Set on `<Article>` and `<Passage>` that were resolved. */
  display?: ArticleDisplay;
  /** Problems in this component (and, for an exercise, anywhere inside it). */
  problems: Diagnostic[];
}

export type ComponentNode = (MdxJsxFlowElement | MdxJsxTextElement) & {
  data?: { sayswho?: ComponentData };
};

export type { Root as LessonTree };

export function componentData(node: Nodes): ComponentData | undefined {
  return (node.data as { sayswho?: ComponentData } | undefined)?.sayswho;
}

export function isComponentNode(node: Nodes): node is ComponentNode {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** Problems attached to a node that is not a checked component (an expression, an import). */
export function nodeProblems(node: Nodes): Diagnostic[] | undefined {
  return (node.data as { problems?: Diagnostic[] } | undefined)?.problems;
}
