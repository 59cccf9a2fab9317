/**
 * Makes a built page paint before any of its scripts is fetched or runs. Next writes its chunks as
 * `<script async>`: on a fast network they arrive and run before the first paint, which then waits
 * for them (Lighthouse's simulated LCP of a lesson was 2.0–2.4 s instead of its 1.1 s FCP: bench
 * README, "Broken, and why"). Here those tags move, as Next wrote them, into an inert `<template>`
 * at the end of the body, and one inline script puts them into the page once the browser reports
 * its first contentful paint. Next's low-priority preloads of the same files go too: on a slow link
 * 150 kB of script still shares the bandwidth with the page itself, and Lighthouse's simulation
 * counts every request begun before the largest paint as delaying it (with them kept, a lesson's
 * simulated LCP came 0.2–2.8 s after its FCP; without, 0–0.16 s: bench README). Run on the built
 * HTML by scripts/finish-built-pages.ts, before its stylesheets are written in and its inline code
 * is pinned; pure (a string in, a string out).
 */

/** The id of the inert `<template>` whose content joins the page after its first paint. */
export const AFTER_PAINT_TEMPLATE = 'after-paint';

/**
 * Runs the page's scripts once its first contentful paint is on screen. A `paint` entry is reported
 * only after the frame is on screen (a `requestAnimationFrame` callback comes before it), and
 * `buffered` also reports a paint that came before this script ran; every browser Next 16 supports
 * reports paint entries. The first paint alone is not enough: with the stylesheets in the page,
 * Chromium often paints the page's background 0.3–0.5 s before its text, and scripts started then
 * ran before the text was painted (a CI run of the first-paint test). The FCP entry comes once, so
 * the loop over it runs once, and the observer needs no disconnecting.
 * A clone of a template's scripts runs when it joins the page (the template's own never do); the
 * page's stylesheet links join it there too (inline-stylesheets.ts). The tags are Next's own,
 * unchanged: Turbopack's runtime knows a chunk by its `src` as written, and React by its `async`
 * attribute (without them the runtime waits forever, or React adds the script again).
 */
export const RUN_SCRIPTS_AFTER_PAINT = `new PerformanceObserver(l=>{for(l of l.getEntriesByName("first-contentful-paint"))document.body.append(document.getElementById("${AFTER_PAINT_TEMPLATE}").content.cloneNode(1))}).observe({type:"paint",buffered:1})`;

const SCRIPT_FILE = /<script\b([^>]*)><\/script>/gi;
const SCRIPT_PRELOAD = /<link\b[^>]*\bas="script"[^>]*\bhref="([^"]+)"[^>]*>/gi;

/** The page with its external scripts run after its first paint (unchanged if done before). */
export function runScriptsAfterPaint(html: string): string {
  if (html.includes(`<template id="${AFTER_PAINT_TEMPLATE}">`)) return html;
  const moved = new Map<string, string>();
  const withoutScripts = html.replace(SCRIPT_FILE, (tag, attributes: string) => {
    const url = /\bsrc="([^"]+)"/i.exec(attributes)?.[1];
    // Next's polyfills (`noModule`) are never run by the browsers it supports.
    if (!url || /\bnomodule\b/i.test(attributes)) return tag;
    moved.set(url, tag);
    return '';
  });
  const page = withoutScripts.replace(SCRIPT_PRELOAD, (link, url: string) =>
    moved.has(url) ? '' : link,
  );
  const end = page.lastIndexOf('</body>');
  if (end < 0) throw new Error('No </body> to put the script that runs the page’s scripts in.');
  const after = `<template id="${AFTER_PAINT_TEMPLATE}">${[...moved.values()].join('')}</template><script>${RUN_SCRIPTS_AFTER_PAINT}</script>`;
  return page.slice(0, end) + after + page.slice(end);
}
