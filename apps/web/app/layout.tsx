import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { OfflineClient } from '@/components/offline/offline-client.client';
import { SiteHeader } from '@/components/site-header';
import { UI } from '@/lib/ui-text';
import './globals.css';

export const metadata: Metadata = {
  title: { default: `${UI.siteName}: ${UI.tagline}`, template: `%s · ${UI.siteName}` },
  description:
    'Interactive media-literacy lessons on real news articles: spot attribution, unverified claims and loaded wording, and compare two outlets’ versions of one story.',
};

export const viewport: Viewport = {
  themeColor: '#1d3557',
  width: 'device-width',
  initialScale: 1,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          {UI.skipToContent}
        </a>
        <SiteHeader />
        <main id="main" className="site-main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="site-footer__inner">
            <p>{UI.footer.privacy}</p>
            <p>{UI.footer.credit}</p>
          </div>
        </footer>
        <OfflineClient />
      </body>
    </html>
  );
}
