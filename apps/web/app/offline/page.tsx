import type { Metadata } from 'next';
import { SaveAllLessons } from '@/components/offline/save-all-lessons.client';
import { offlineText } from '@/lib/ui-text/offline';

export const metadata: Metadata = { title: offlineText.page.title };

/** For teachers preparing a class: what offline use means, and saving every lesson at once. */
export default function OfflinePage() {
  return (
    <div className="prose">
      <h1>{offlineText.page.title}</h1>
      {offlineText.page.intro.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <SaveAllLessons />
    </div>
  );
}
