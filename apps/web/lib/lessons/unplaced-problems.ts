/**
 * The problems of a lesson that belong to no single part of it (frontmatter, a duplicate order,
 * a link to a missing lesson), and those in the annotation files of the stories it uses (a broken
 * annotation is left out of the article, so the preview must say why): the page lists them at
 * the top, while the others show in place. Warnings are for authors: the live preview shows them,
 * a production page never does (and has no errors: the build stops on those).
 */
import type { Diagnostic } from '@sayswho/core';
import { componentData, nodeProblems, type CheckedLesson } from '@sayswho/lessons';
import type { Nodes } from 'mdast';
import type { LessonKit } from './lesson-kit';

export function unplacedProblems(lesson: CheckedLesson, kit: LessonKit): Diagnostic[] {
  const placed = new Set<Diagnostic>();
  const walk = (node: Nodes) => {
    for (const d of componentData(node)?.problems ?? nodeProblems(node) ?? []) placed.add(d);
    if ('children' in node) node.children.forEach(walk);
  };
  if (lesson.tree) walk(lesson.tree);
  const storyIds = new Set(
    (lesson.frontmatter?.articles ?? []).flatMap(
      (id) => kit.corpus.articles.find((a) => a.id === id)?.storyId ?? [],
    ),
  );
  const inLessonsStories = (d: Diagnostic) =>
    [...storyIds].some((story) => d.file.includes(`/corpus/${story}/`));
  return [
    ...kit.diagnostics.filter((d) => d.file === lesson.file && !placed.has(d)),
    ...kit.corpusDiagnostics.filter(inLessonsStories),
  ].filter((d) => d.severity === 'error' || kit.livePreview);
}
