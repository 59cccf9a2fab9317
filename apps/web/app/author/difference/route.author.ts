/** Dev only, a teacher at this machine: Save and Remove on the Compare versions page (lib/authoring). */
import { authoringRoute } from '@/lib/authoring/answer-author';
import { differenceRequest, saveDifference } from '@/lib/authoring/save-difference';
import { getLessonKit, watchedDirs } from '@/lib/lessons/lesson-kit';

export const POST = authoringRoute(differenceRequest, (request) => {
  const { corpus } = getLessonKit();
  return saveDifference(watchedDirs(), corpus.stories, corpus.articles, request);
});
