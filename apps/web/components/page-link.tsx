/**
 * A link to another page of the kit: a plain anchor rather than next/link. Every page is static
 * and the service worker answers page loads offline, so client-side navigation buys little here,
 * while next/link adds about 3 kB of gzipped JavaScript to every page and prefetches every link
 * in view: pages a student may never open, fetched over crowded classroom wifi. Full page loads
 * are also what the build's inlined stylesheets expect (lib/first-paint/inline-stylesheets.ts):
 * a lint rule keeps next/link out of the app.
 */
import type { AnchorHTMLAttributes } from 'react';
import { pageHref } from '@/lib/page-href';

export function PageLink({
  href,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a href={pageHref(href)} {...rest} />;
}
