/**
 * THE registry of the lesson language: each component name a lesson may use, mapped to what the
 * app renders for it. Lessons import nothing; the lesson checker (packages/lessons) has already
 * checked every name and prop against the same table (component-spec.ts), so an entry gets only
 * checked, literal props, the exercise's public spec and, for Markdown components, the rendered
 * children. Hint, Explanation, Option and Category never render on their own: they are parts of
 * their exercise's spec.
 *
 * Server components; the exercises are client islands behind their own server-safe wrappers.
 */
import type { ReactNode } from 'react';
import type { Article } from '@sayswho/core';
import type { ComponentData, ComponentName, ExercisePublic } from '@sayswho/lessons';
import { AnnotatedArticle } from '@/components/article/annotated-article';
import { Choice, Classify, Compare, Rewrite, Spot } from '@/components/exercises';
import { Discuss, KeyTerm, TeacherNote } from '@/components/content/content-boxes';

export type LessonView = 'student' | 'teacher';

export interface LessonPartProps {
  readonly data: ComponentData;
  readonly view: LessonView;
  /** The article named by the `article` prop, for Article and Passage. */
  readonly article?: Article;
  /** The exercise's public part, for exercises that were built. */
  readonly spec?: ExercisePublic;
  readonly children?: ReactNode;
}

type Part = (props: LessonPartProps) => ReactNode;

function ArticlePart({ data, article, view }: LessonPartProps) {
  const display = data.display;
  if (!article || !display) return null;
  const paragraphs = display.passage.blocks.flatMap((b) =>
    b.paragraph === null ? [] : [b.paragraph],
  );
  const first = Math.min(...paragraphs);
  const last = Math.max(...paragraphs);
  const drawn = display.layers.length > 0;
  return (
    <AnnotatedArticle
      article={article}
      paragraphs={[first, last]}
      headline={display.headline}
      summary={display.passage.blocks.some(
        (b) => b.role === 'summary-heading' || b.role === 'summary-item',
      )}
      layers={display.layers}
      switchable={drawn}
      notes={drawn ? 'collapsed' : 'none'}
      teacher={view === 'teacher'}
      headlineLevel={3}
      notesLevel={3}
    />
  );
}

function KeyTermPart({ data, children }: LessonPartProps) {
  return <KeyTerm term={String(data.props.term)}>{children}</KeyTerm>;
}

function DiscussPart({ children }: LessonPartProps) {
  return <Discuss>{children}</Discuss>;
}

function TeacherNotePart({ view, children }: LessonPartProps) {
  // Students never get teacher notes, not even hidden in the page.
  return view === 'teacher' ? <TeacherNote>{children}</TeacherNote> : null;
}

const partOfExercise: Part = () => null;

export const LESSON_REGISTRY: Record<ComponentName, Part> = {
  Article: ArticlePart,
  Passage: ArticlePart,
  Spot: ({ spec }) => (spec?.type === 'spot' ? <Spot spec={spec} /> : null),
  Choice: ({ spec }) => (spec?.type === 'choice' ? <Choice spec={spec} /> : null),
  Classify: ({ spec }) => (spec?.type === 'classify' ? <Classify spec={spec} /> : null),
  Rewrite: ({ spec }) => (spec?.type === 'rewrite' ? <Rewrite spec={spec} /> : null),
  Compare: ({ spec }) => (spec?.type === 'compare' ? <Compare spec={spec} /> : null),
  Hint: partOfExercise,
  Explanation: partOfExercise,
  Option: partOfExercise,
  Category: partOfExercise,
  TeacherNote: TeacherNotePart,
  KeyTerm: KeyTermPart,
  Discuss: DiscussPart,
};
