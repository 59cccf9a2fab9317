/**
 * Renders a checked lesson tree to React on the server, without compiling or evaluating the
 * lesson: Markdown becomes HTML elements (mdast → hast, sanitised → JSX), and each kit component becomes
 * the registry's entry with its checked props. A part with a problem renders as <LessonError>
 * in its place.
 */
import type { ElementContent, Element, Root as HastRoot } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { Nodes, Paragraph, Root } from 'mdast';
import { toHast, type State } from 'mdast-util-to-hast';
import type { ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { Corpus, Diagnostic } from '@sayswho/core';
import {
  componentData,
  componentSpec,
  nodeProblems,
  sanitizeContent,
  type CheckedLesson,
  type ExerciseSpec,
} from '@sayswho/lessons';
import { LessonError } from '@/components/lesson-error';
import { LESSON_REGISTRY, type LessonView } from '@/components/lesson-registry';

export interface RenderOptions {
  readonly view: LessonView;
  readonly corpus: Corpus;
  /** Replaces how a built exercise renders (the teacher view draws its answer key instead). */
  readonly renderExercise?: (exercise: ExerciseSpec) => ReactNode;
}

const COMPONENT_TAG = 'lesson-part';

function paragraphOf(children: ElementContent[]): Element {
  return { type: 'element', tagName: 'p', properties: {}, children };
}
const PROBLEM_TAG = 'lesson-problem';

export function renderLesson(lesson: CheckedLesson, options: RenderOptions): ReactNode {
  if (!lesson.tree) return null;
  // The hast tree holds only an index into these side tables, so props never pass through HTML attributes.
  const parts: Nodes[] = [];
  const problems: Diagnostic[][] = [];

  const problemElement = (list: Diagnostic[]): Element => {
    problems.push(list);
    return {
      type: 'element',
      tagName: PROBLEM_TAG,
      properties: { dataIndex: problems.length - 1 },
      children: [],
    };
  };

  const component = (state: State, node: Nodes): Element | undefined => {
    const data = componentData(node);
    if (!data) {
      const list = nodeProblems(node);
      return list ? problemElement(list) : undefined;
    }
    if (data.problems.length > 0) return problemElement(data.problems);
    const spec = componentSpec(data.component);
    parts.push(node);
    // Exercises render from their spec; their Markdown children are already in it.
    const children = spec?.exercise ? [] : (state.all(node) as ElementContent[]);
    return {
      type: 'element',
      tagName: COMPONENT_TAG,
      properties: { dataIndex: parts.length - 1 },
      children,
    };
  };
  const withProblems = (state: State, node: Nodes): Element | ElementContent[] | undefined => {
    const list = nodeProblems(node);
    return list ? problemElement(list) : undefined;
  };

  // Every kit component renders as a block (a box, an exercise, an article), so one written on a
  // line with text (`<KeyTerm term="x">Definition …</KeyTerm>`) must not end up inside a <p>.
  const isBlock = (node: Nodes) => Boolean(componentData(node) ?? nodeProblems(node));
  const paragraph = (state: State, node: Paragraph): ElementContent[] | Element => {
    if (!node.children.some((child) => isBlock(child as Nodes)))
      return paragraphOf(state.all(node));
    const out: ElementContent[] = [];
    let run: ElementContent[] = [];
    const flush = () => {
      if (run.some((n) => n.type !== 'text' || n.value.trim() !== '')) out.push(paragraphOf(run));
      run = [];
    };
    for (const child of node.children) {
      const converted = state.one(child as Nodes, node) as
        ElementContent | ElementContent[] | undefined;
      const list =
        converted === undefined ? [] : Array.isArray(converted) ? converted : [converted];
      if (isBlock(child as Nodes)) {
        flush();
        out.push(...list);
      } else run.push(...list);
    }
    flush();
    return out;
  };

  const unsafe = toHast(lesson.tree as Root, {
    handlers: {
      paragraph,
      mdxJsxFlowElement: component,
      mdxJsxTextElement: component,
      mdxFlowExpression: withProblems,
      mdxTextExpression: withProblems,
      mdxjsEsm: withProblems,
      yaml: () => undefined,
    },
  });

  // The live preview renders a lesson with errors, and a link the check refused is still in the
  // tree: the sanitiser drops what could run script or fetch another site, whatever the check said.
  const hast = sanitizeContent(unsafe as HastRoot, [COMPONENT_TAG, PROBLEM_TAG]);

  const exercises = new Map(lesson.exercises.map((e) => [e.id, e]));

  function LessonPart(props: { 'data-index': number; children?: ReactNode }) {
    const node = parts[Number(props['data-index'])]!;
    const data = componentData(node)!;
    const exercise = data.exerciseId ? exercises.get(data.exerciseId) : undefined;
    if (exercise && options.renderExercise) return options.renderExercise(exercise);
    const Part = LESSON_REGISTRY[data.component];
    const articleId = typeof data.props.article === 'string' ? data.props.article : undefined;
    return (
      <Part
        data={data}
        view={options.view}
        article={articleId ? options.corpus.articles.find((a) => a.id === articleId) : undefined}
        spec={exercise?.public}
      >
        {props.children}
      </Part>
    );
  }

  function LessonProblem(props: { 'data-index': number }) {
    return <LessonError diagnostics={problems[Number(props['data-index'])] ?? []} />;
  }

  return toJsxRuntime(hast, {
    Fragment,
    jsx,
    jsxs,
    components: { [COMPONENT_TAG]: LessonPart, [PROBLEM_TAG]: LessonProblem } as never,
  });
}
