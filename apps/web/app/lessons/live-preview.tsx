/**
 * The live preview of `npm run dev`: renders the client watcher only in development, so no
 * production page ever carries it (Next replaces NODE_ENV at build time and drops the branch).
 */
import { filesVersion } from '@/lib/lessons/lesson-kit';
import { LivePreviewClient } from './live-preview/live-preview.client';

export function LivePreview() {
  return process.env.NODE_ENV === 'development' ? (
    <LivePreviewClient renderedVersion={filesVersion()} />
  ) : null;
}
