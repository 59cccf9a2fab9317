'use client';

import { offlineText } from '@/lib/ui-text/offline';
import { useLessonsOnDevice } from './lessons-on-device';

/** On the "not available offline yet" page: the lessons this device can open right now. */
export function SavedLessonLinks() {
  const { state } = useLessonsOnDevice();
  if (state.status !== 'ready') return null;
  const saved = state.lessons.filter((lesson) => lesson.saved);
  return (
    <section aria-labelledby="saved-lessons-heading">
      <h2 id="saved-lessons-heading">{offlineText.notYet.savedHeading}</h2>
      {saved.length === 0 ? (
        <p>{offlineText.notYet.noneSaved}</p>
      ) : (
        <ul className="offline-lesson-list">
          {saved.map((lesson) => (
            <li key={lesson.slug}>
              {/* A full page load: offline, the worker answers it from the saved copy at once. */}
              <a href={lesson.urls[0] ?? '/'}>{lesson.title}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
