import Link from 'next/link';
import { UI } from '@/lib/ui-text';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-title">
          {UI.siteName}
        </Link>
        <nav aria-label={UI.nav.label} className="site-nav">
          <ul>
            <li>
              <Link href="/">{UI.nav.lessons}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
