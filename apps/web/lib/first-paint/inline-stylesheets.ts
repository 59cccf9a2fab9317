/**
 * Makes a built page's first paint wait for no request at all: its stylesheets are copied into the
 * page as `<style>` elements, where Next linked them, and Next's `<link>` tags move into the
 * after-paint template with the scripts (scripts-after-paint.ts). A render-blocking stylesheet
 * costs a round trip before anything paints: with four of them a lesson's simulated LCP was
 * 0.38–0.51 s above the empty Next page's, with them inline 0.23–0.30 s (5 Lighthouse runs each:
 * bench README, which also has the cost: Chromium now paints a long lesson in parts as it is
 * parsed, and lays it out again for each part). The links stay, because React finds a route's
 * stylesheets by their `<link>` and would otherwise add its own, but with `media="not all"`: their
 * rules are already on the page, and applying them a second time after the paint recalculated the
 * style of every element (99–170 ms of main thread at 4× slowdown against 34–83 ms, in traces of a
 * lesson's load). This holds because every page of the kit is reached by a full page load (plain
 * anchors: a lint rule keeps next/link out). A client-side navigation, never tried with this, may
 * let React reuse an idle link for the next page's stylesheet and would leave these rules behind.
 * Run on the built HTML by scripts/finish-built-pages.ts, after runScriptsAfterPaint and before the
 * page's inline code is pinned; pure but for reading the stylesheets (a string in, a string out).
 */
import { AFTER_PAINT_TEMPLATE } from './scripts-after-paint';

const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*>/gi;

/**
 * The page with its stylesheets inline (unchanged if done before: the links are then all in the
 * template). `readStylesheet` gives the text of the file a link's `href` names.
 */
export function inlineStylesheets(html: string, readStylesheet: (href: string) => string): string {
  const templateStart = `<template id="${AFTER_PAINT_TEMPLATE}">`;
  const template = html.indexOf(templateStart);
  if (template < 0)
    throw new Error('No after-paint template: run runScriptsAfterPaint on the page first.');
  const beforeTemplate = html.slice(0, template);
  const links = [...beforeTemplate.matchAll(STYLESHEET)];
  if (links.length === 0) return html;

  const styles = links.map(([link]) => {
    const href = /\bhref="([^"]+)"/i.exec(link)?.[1];
    if (!href) throw new Error(`A stylesheet link without an href: ${link}`);
    const css = readStylesheet(href);
    // The HTML parser ends a <style> at the first `</style`, wherever it is in the CSS.
    if (/<\/style/i.test(css))
      throw new Error(`${href} holds "</style" and cannot be written into a page.`);
    const media = /\bmedia="([^"]*)"/i.exec(link)?.[1];
    return media ? `<style media="${media}">${css}</style>` : `<style>${css}</style>`;
  });
  let seen = 0;
  const page = beforeTemplate.replace(STYLESHEET, () => (seen++ === 0 ? styles.join('') : ''));
  const linkTags = links
    .map(([link]) =>
      link.replace(/\s+media="[^"]*"/i, '').replace(/^<link\b/i, '<link media="not all"'),
    )
    .join('');
  return page + templateStart + linkTags + html.slice(template + templateStart.length);
}
