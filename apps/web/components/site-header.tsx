import { PageLink } from '@/components/page-link';
import { UI } from '@/lib/ui-text';

const LINKS = [
  { href: '/', label: UI.nav.lessons },
  { href: '/articles', label: UI.nav.articles },
  { href: '/compare', label: UI.nav.compare },
  { href: '/guide', label: UI.nav.guide },
];

/** Server-rendered with plain links, so the header adds no JavaScript to any page. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <PageLink href="/" className="site-title">
          {UI.siteName}
        </PageLink>
        <nav aria-label={UI.nav.label} className="site-nav">
          <ul>
            {LINKS.map((link) => (
              <li key={link.href}>
                <PageLink href={link.href}>{link.label}</PageLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
