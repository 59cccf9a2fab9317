import type { MetadataRoute } from 'next';
import { UI } from '@/lib/ui-text';

// Built once into /manifest.webmanifest (also by the static export). A Chromebook or tablet can
// install the kit from it; the service worker makes the installed kit work without the network.
export const dynamic = 'force-static';

const THEME = '#1d3557';

export default function manifest(): MetadataRoute.Manifest {
  return {
    id: '/',
    name: `${UI.siteName}: ${UI.tagline}`,
    short_name: UI.siteName,
    description: UI.offline.manifestDescription,
    lang: 'en',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    background_color: '#ffffff',
    theme_color: THEME,
    categories: ['education'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
