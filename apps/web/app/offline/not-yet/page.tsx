import type { Metadata } from 'next';
import Link from 'next/link';
import { SavedLessonLinks } from '@/components/offline/saved-lesson-links.client';
import { TryAgain } from '@/components/offline/try-again.client';
import { UI } from '@/lib/ui-text';

// The service worker answers with this page (at the address the student asked for) when that
// page was never saved on this device and the network is gone.
export const metadata: Metadata = { title: UI.offline.notYet.title, robots: { index: false } };

export default function NotAvailableOfflineYet() {
  return (
    <div className="prose">
      <h1>{UI.offline.notYet.title}</h1>
      <p>{UI.offline.notYet.body}</p>
      <p>
        <TryAgain /> <Link href="/">{UI.offline.notYet.back}</Link>
      </p>
      <SavedLessonLinks />
    </div>
  );
}
