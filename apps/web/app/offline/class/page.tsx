import type { Metadata } from 'next';
import { PageLink } from '@/components/page-link';
import { TryAgain } from '@/components/offline/try-again';
import { classText } from '@/lib/ui-text/class';
import { offlineText } from '@/lib/ui-text/offline';
import styles from '../offline-page.module.css';

// The service worker answers with this page (at the class address the student asked for) when
// the network is gone: class pages are never kept on a device, and this one holds no class data.
export const metadata: Metadata = { title: classText.offlinePage.title, robots: { index: false } };

export default function ClassPageNeedsTheNetwork() {
  return (
    <div className="prose">
      <h1>{classText.offlinePage.title}</h1>
      <p>{classText.offlinePage.body}</p>
      <p className={styles.ways}>
        <TryAgain />
        <PageLink href="/">{offlineText.notYet.back}</PageLink>
      </p>
    </div>
  );
}
