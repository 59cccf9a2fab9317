import type { Metadata } from 'next';
import { SaveAllLessons } from '@/components/offline/save-all-lessons.client';
import { UI } from '@/lib/ui-text';

export const metadata: Metadata = { title: UI.offline.page.title };

/** For teachers preparing a class: what offline use means, and saving every lesson at once. */
export default function OfflinePage() {
  return (
    <div className="prose">
      <h1>{UI.offline.page.title}</h1>
      {UI.offline.page.intro.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <SaveAllLessons />
    </div>
  );
}
