import { offlineText } from '@/lib/ui-text/offline';

/**
 * Opens the address again: the page the student wanted, once the wifi is back. A link to this
 * very address (`href=""`: the service worker answers at the address the student asked for),
 * not a scripted reload: it works as soon as the page is painted, before the page's scripts
 * have arrived (they load only after the first paint), and if they never do.
 */
export function TryAgain() {
  return <a href="">{offlineText.notYet.tryAgain}</a>;
}
