/**
 * The live preview of `npm run dev`: renders the client watcher only in development, so no
 * production page ever carries it (Next replaces NODE_ENV at build time and drops the branch),
 * with the way to the authoring pages, which exist only there.
 */
import { filesVersion } from '@/lib/lessons/lesson-kit';
import { authoringText } from '@/lib/ui-text/authoring';
import { LivePreviewClient } from './live-preview/live-preview.client';

export function LivePreview() {
  return process.env.NODE_ENV === 'development' ? (
    <>
      <p className="live-preview-author">
        <a href="/author">{authoringText.title}</a>
      </p>
      <LivePreviewClient renderedVersion={filesVersion()} />
    </>
  ) : null;
}
