/**
 * A class's lesson: the kit's own lesson view, with the class host around it (every change goes
 * to the teacher's server, Checks are judged there, locks and reviews show). The lesson must be
 * in the kit; whether it is in this class, the device's class (and the server) decide.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ClassLesson } from '@/components/class/class-lesson.client';
import { LessonError } from '@/components/lesson-error';
import { getLesson, getLessonKit, unplacedProblems } from '@/lib/lessons';
import { LessonView } from '../../../../lessons/lesson-view';

interface Params {
  params: Promise<{ classId: string; slug: string }>;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const lesson = getLesson(slug);
  return lesson?.frontmatter ? { title: lesson.frontmatter.title } : {};
}

export default async function ClassLessonPage({ params }: Params) {
  const { classId, slug } = await params;
  const kit = getLessonKit();
  const lesson = kit.lessons.find((l) => l.slug === slug);
  if (!lesson) notFound();
  if (!lesson.tree || !lesson.frontmatter)
    return <LessonError whole diagnostics={unplacedProblems(lesson, kit)} />;
  return (
    <ClassLesson classId={classId}>
      <LessonView lesson={{ ...lesson, frontmatter: lesson.frontmatter }} kit={kit} handIn={null} />
    </ClassLesson>
  );
}
