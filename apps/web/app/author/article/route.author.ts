/** Dev only, a teacher at this machine: Save on the "New article" page (lib/authoring). */
import { saveNewArticle, newArticleSchema } from '@/lib/authoring/new-article';
import { authoringRoute } from '@/lib/authoring/answer-author';
import { watchedDirs } from '@/lib/lessons/lesson-kit';

export const POST = authoringRoute(newArticleSchema, (form) => saveNewArticle(watchedDirs(), form));
