/** Dev only, a teacher at this machine: Save and Delete on the Annotate page (lib/authoring). */
import { authoringRoute } from '@/lib/authoring/answer-author';
import { annotationRequest, saveAnnotation } from '@/lib/authoring/save-annotation';
import { getLessonKit, watchedDirs } from '@/lib/lessons/lesson-kit';

export const POST = authoringRoute(annotationRequest, (request) =>
  saveAnnotation(watchedDirs(), getLessonKit().corpus.articles, request),
);
