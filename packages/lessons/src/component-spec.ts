/**
 * THE table of the lesson language: every component a lesson may use, its props (with their
 * types as zod schemas, what corpus or vocabulary list a value must come from, and a copy-paste
 * example for the fix), which props are required, and what may go inside it. The checker, the
 * scaffolder and the authoring guide all follow this table; the app's registry maps the same
 * names to React components.
 */
import { z } from 'zod';
import type { ExerciseType } from './exercise-spec';

/** Which list an id prop must come from, so the checker can say "no such …; did you mean …". */
export type Reference =
  | 'article'
  | 'story'
  | 'annotation'
  | 'difference'
  | 'layer'
  | 'kind'
  | 'sourceType'
  | 'status'
  | 'role'
  | 'mode'
  | 'differenceKind';

export interface PropSpec {
  readonly schema: z.ZodType;
  /** How the value is written, shown in the fix of a type error. */
  readonly example: string;
  readonly references?: Reference;
}

/**
 * What may go inside a component: Markdown (the prompt or the text), these child components, or
 * nothing. Children not listed are errors.
 */
export interface ComponentSpec {
  readonly props: Readonly<Record<string, PropSpec>>;
  readonly required: readonly string[];
  readonly markdown: boolean;
  readonly children: readonly string[];
  /** Where it may appear: `lesson` is the top level of the lesson (or inside a section's text). */
  readonly parents: readonly string[];
  readonly exercise?: ExerciseType;
  /** One line for did-you-mean lists and the guide. */
  readonly summary: string;
}

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens')
  // A student's progress is stored under each exercise's id.
  .refine((value) => !(value in Object.prototype), 'the browser uses this name itself');
const text = z.string().min(1);
const flag = z.boolean();
const paragraphRange = z
  .tuple([z.number().int().min(1), z.number().int().min(1)])
  .refine(([first, last]) => first <= last, 'the first paragraph must not come after the last');
const ids = z.array(z.string()).min(1);
const count = z.number().int().min(1);

const prop = {
  id: { schema: id, example: 'id="find-the-cues"' },
  article: { schema: text, example: 'article="ap-landmines-latimes"', references: 'article' },
  paragraphs: { schema: paragraphRange, example: 'paragraphs={[1, 6]}' },
  headline: { schema: flag, example: 'headline' },
  summary: { schema: flag, example: 'summary' },
  layers: { schema: ids, example: 'layers={["attribution"]}', references: 'layer' },
} satisfies Record<string, PropSpec>;

const exerciseChildren = ['Hint', 'Explanation'] as const;
const policyProps = {
  attempts: { schema: count, example: 'attempts={3}' },
  showAnswerAfter: { schema: z.number().int().min(1), example: 'showAnswerAfter={1}' },
  hints: { schema: flag, example: 'hints={false}' },
  passMark: { schema: z.number().int().min(1).max(100), example: 'passMark={70}' },
} satisfies Record<string, PropSpec>;

// Article and Passage draw the same thing; a Passage must name its paragraphs.
const articleProps = {
  article: prop.article,
  paragraphs: prop.paragraphs,
  layers: prop.layers,
  headline: prop.headline,
  summary: prop.summary,
};

const TOP = ['lesson'] as const;
const EXERCISES = ['Spot', 'Choice', 'Classify', 'Rewrite', 'Compare'] as const;

export const COMPONENTS = {
  Article: {
    summary: 'shows an article, or a range of its paragraphs, with its credit line',
    props: articleProps,
    required: ['article'],
    markdown: false,
    children: [],
    parents: [...TOP, 'TeacherNote'],
  },
  Passage: {
    summary: 'shows a range of paragraphs of an article, with its credit line',
    props: articleProps,
    required: ['article', 'paragraphs'],
    markdown: false,
    children: [],
    parents: [...TOP, 'TeacherNote'],
  },
  Spot: {
    summary: 'the student selects the words of a layer in a passage',
    exercise: 'spot',
    props: {
      id: prop.id,
      article: prop.article,
      layer: { schema: text, example: 'layer="attribution"', references: 'layer' },
      kinds: { schema: ids, example: 'kinds={["unverified-claim"]}', references: 'kind' },
      role: { schema: text, example: 'role="cue"', references: 'role' },
      sourceTypes: {
        schema: ids,
        example: 'sourceTypes={["anonymous-officials"]}',
        references: 'sourceType',
      },
      statuses: { schema: ids, example: 'statuses={["one-side"]}', references: 'status' },
      paragraphs: prop.paragraphs,
      headline: prop.headline,
      summary: prop.summary,
      ...policyProps,
    },
    required: ['id', 'article'],
    markdown: true,
    children: exerciseChildren,
    parents: TOP,
  },
  Choice: {
    summary: 'a multiple-choice question with <Option> answers',
    exercise: 'choice',
    props: { id: prop.id, multiple: { schema: flag, example: 'multiple' }, ...policyProps },
    required: ['id'],
    markdown: true,
    children: ['Option', ...exerciseChildren],
    parents: TOP,
  },
  Option: {
    summary: 'one answer of a <Choice>',
    props: {
      correct: { schema: flag, example: 'correct' },
      feedback: { schema: text, example: 'feedback="Yes: the cue is “said”."' },
    },
    required: [],
    markdown: true,
    children: [],
    parents: ['Choice'],
  },
  Classify: {
    summary: 'the student sorts the sources of a passage into <Category> boxes',
    exercise: 'classify',
    props: { id: prop.id, article: prop.article, paragraphs: prop.paragraphs, ...policyProps },
    required: ['id', 'article'],
    markdown: true,
    children: ['Category', ...exerciseChildren],
    parents: TOP,
  },
  Category: {
    summary: 'one box of a <Classify>: a source type',
    props: {
      sourceType: {
        schema: text,
        example: 'sourceType="named-official"',
        references: 'sourceType',
      },
    },
    required: ['sourceType'],
    markdown: false,
    children: [],
    parents: ['Classify'],
  },
  Rewrite: {
    summary: 'the student rewrites a loaded sentence neutrally',
    exercise: 'rewrite',
    props: {
      id: prop.id,
      article: prop.article,
      annotations: {
        schema: ids,
        example: 'annotations={["latimes-battered"]}',
        references: 'annotation',
      },
      ...policyProps,
    },
    required: ['id', 'article', 'annotations'],
    markdown: true,
    children: exerciseChildren,
    parents: TOP,
  },
  Compare: {
    summary: 'spot or name the differences between two versions of a story',
    exercise: 'compare',
    props: {
      id: prop.id,
      story: { schema: text, example: 'story="ap-landmines-2024"', references: 'story' },
      mode: { schema: text, example: 'mode="spot"', references: 'mode' },
      paragraphs: prop.paragraphs,
      differences: {
        schema: ids,
        example: 'differences={["battered-clobbered"]}',
        references: 'difference',
      },
      kinds: {
        schema: ids,
        example: 'kinds={["reworded", "name-form"]}',
        references: 'differenceKind',
      },
      ...policyProps,
    },
    required: ['id', 'story', 'mode'],
    markdown: true,
    children: exerciseChildren,
    parents: TOP,
  },
  Hint: {
    summary: 'a hint inside an exercise, shown on request',
    props: {},
    required: [],
    markdown: true,
    children: [],
    parents: EXERCISES,
  },
  Explanation: {
    summary: 'the explanation of an exercise, shown after the student checks',
    props: {},
    required: [],
    markdown: true,
    children: ['KeyTerm'],
    parents: EXERCISES,
  },
  TeacherNote: {
    summary: 'a note shown only in the teacher view',
    props: {},
    required: [],
    markdown: true,
    children: ['KeyTerm', 'Article', 'Passage'],
    parents: TOP,
  },
  KeyTerm: {
    summary: 'a highlighted definition of a term',
    props: { term: { schema: text, example: 'term="attribution"' } },
    required: ['term'],
    markdown: true,
    children: [],
    parents: [...TOP, 'Discuss', 'TeacherNote', 'Explanation'],
  },
  Discuss: {
    summary: 'a discussion or reflection prompt',
    props: {},
    required: [],
    markdown: true,
    children: ['KeyTerm'],
    parents: TOP,
  },
} as const satisfies Record<string, ComponentSpec>;

export type ComponentName = keyof typeof COMPONENTS;

export const COMPONENT_NAMES = Object.keys(COMPONENTS) as ComponentName[];

export function componentSpec(name: string): ComponentSpec | undefined {
  return Object.prototype.hasOwnProperty.call(COMPONENTS, name)
    ? COMPONENTS[name as ComponentName]
    : undefined;
}
