import type { Metadata } from 'next';
import { PageLink } from '@/components/page-link';
import { SavedLessonLinks } from '@/components/offline/saved-lesson-links.client';
import { TryAgain } from '@/components/offline/try-again';
import { offlineText } from '@/lib/ui-text/offline';
import styles from '../offline-page.module.css';

// The service worker answers with this page (at the address the student asked for) when that
// page was never saved on this device and the network is gone.
export const metadata: Metadata = { title: offlineText.notYet.title, robots: { index: false } };

export default function NotAvailableOfflineYet() {
  return (
    <div className="prose">
      <h1>{offlineText.notYet.title}</h1>
      <p>{offlineText.notYet.body}</p>
      <p className={styles.ways}>
        <TryAgain />
        <PageLink href="/">{offlineText.notYet.back}</PageLink>
      </p>
      <SavedLessonLinks />
    </div>
  );
}
