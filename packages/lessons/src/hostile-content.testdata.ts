/**
 * Lesson content that tries to run script or make a student's browser fetch from another site,
 * for the tests proving it never can. The checker must refuse every entry
 * (hostile-content.test.ts); and what renders with the checker's verdict ignored, as the live
 * preview renders a lesson with errors, must hold nothing that runs or fetches (`unsafeParts`):
 * the exercise HTML here, the lesson page in apps/web (render-lesson.test.tsx).
 */

import { linkTarget } from '@sayswho/core';

/** A lesson with the place (`@@`) for a planted snippet in its text, in a box and in an exercise's prompt. */
const LESSON = `---
title: Planted mistake
summary: A short lesson with one planted mistake.
skills: [attribution]
level: Grades 8–12
minutes: 10
order: 1
---

Read the first paragraph. Who says so?

@@

<Discuss>
@@
</Discuss>

<Choice id="which-source">
Who is the source in paragraph 1?

@@

<Option correct feedback="Yes.">The U.S. Defense secretary</Option>
<Option feedback="No.">Ukraine</Option>
<Explanation>The Defense secretary is named.</Explanation>
</Choice>
`;

/** The lesson with `snippet` in its text, in a box and in its exercise's prompt. */
export function plantedLesson(snippet: string): string {
  return LESSON.replaceAll('@@', snippet);
}

export interface HostileSnippet {
  readonly name: string;
  readonly mdx: string;
}

export const HOSTILE_SNIPPETS: readonly HostileSnippet[] = [
  // Links that run script, in every spelling a browser still reads as `javascript:`.
  {
    name: 'a reference-style javascript: link (the issue’s own)',
    mdx: "> Read [the source][src] first.\n>\n> [src]: javascript:document.title='PWNED'",
  },
  { name: 'a javascript: link', mdx: '[the source](javascript:alert(1))' },
  { name: 'an upper-case JAVASCRIPT: link', mdx: '[the source](JAVASCRIPT:alert(1))' },
  { name: 'a mixed-case JaVaScRiPt: link', mdx: '[the source](JaVaScRiPt:alert(1))' },
  { name: 'javascript: spelt with &#106;', mdx: '[the source](&#106;avascript:alert(1))' },
  { name: 'javascript: spelt with &#x6A;', mdx: '[the source](&#x6A;avascript:alert(1))' },
  { name: 'javascript: with &colon;', mdx: '[the source](javascript&colon;alert(1))' },
  { name: 'a tab inside the scheme (&#x09;)', mdx: '[the source](javas&#x09;cript:alert(1))' },
  { name: 'a newline inside the scheme (&#10;)', mdx: '[the source](java&#10;script:alert(1))' },
  { name: 'a javascript: destination in <…>', mdx: '[the source](<javascript:alert(1)>)' },
  { name: 'a shortcut reference to javascript:', mdx: '[src]\n\n[src]: javascript:alert(1)' },
  { name: 'a javascript: link in a footnote', mdx: 'Note.[^1]\n\n[^1]: [x](javascript:alert(1))' },
  { name: 'a javascript: link in a table', mdx: '| a |\n| - |\n| [x](javascript:alert(1)) |' },
  { name: 'a vbscript: link', mdx: '[the source](vbscript:msgbox(1))' },
  { name: 'a data: link', mdx: '[the source](data:text/html,<script>alert(1)</script>)' },
  // Links that leave the kit for an insecure or disguised place.
  { name: 'an http: link', mdx: '[the AP](http://apnews.com/)' },
  { name: 'a protocol-relative //host link', mdx: '[the source](//evil.example/p)' },
  { name: 'a \\\\host link', mdx: '[the source](\\\\\\\\evil.example/p)' },
  { name: 'a /\\host link', mdx: '[the source](/\\\\evil.example/p)' },
  { name: 'an https:host link (another site on an http page)', mdx: '[x](https:evil.example)' },
  { name: 'a bare www. address (http)', mdx: 'See www.evil.example for more.' },
  { name: 'a bare http:// address', mdx: 'See http://evil.example for more.' },
  { name: 'a mailto: link', mdx: '[write to us](mailto:someone@evil.example)' },
  // Images: every one is a request from every student's browser.
  { name: 'an image from another site', mdx: '![x](https://tracker.example/p.png)' },
  {
    name: 'a reference-style image from another site',
    mdx: '![x][p]\n\n[p]: https://tracker.example/p.png',
  },
  { name: 'a protocol-relative image', mdx: '![x](//tracker.example/p.png)' },
  { name: 'a data: image', mdx: '![x](data:image/png;base64,iVBORw0KGgo=)' },
  { name: 'an image of the kit’s own', mdx: '![x](/icons/icon-192.png)' },
  // HTML and JavaScript, which a lesson may not contain at all.
  { name: '<script>', mdx: '<script>alert(1)</script>' },
  { name: '<iframe srcdoc>', mdx: '<iframe srcdoc="<script>alert(1)</script>" />' },
  { name: '<svg onload>', mdx: '<svg onload="alert(1)" />' },
  { name: '<img onerror>', mdx: '<img src="x" onerror="alert(1)" />' },
  { name: '<a href="javas&#x09;cript:">', mdx: '<a href="javas&#x09;cript:alert(1)">x</a>' },
  { name: '<object>', mdx: '<object data="https://evil.example/x.swf" />' },
  { name: '<embed>', mdx: '<embed src="https://evil.example/x" />' },
  { name: '<base href>', mdx: '<base href="https://evil.example/" />' },
  {
    name: '<meta http-equiv=refresh>',
    mdx: '<meta httpEquiv="refresh" content="0;url=https://evil.example" />',
  },
  { name: '<form action>', mdx: '<form action="https://evil.example"><button>Go</button></form>' },
  { name: 'style="background:url(//x)"', mdx: '<div style="background:url(//evil.example/x)" />' },
  { name: 'CSS @import in <style>', mdx: '<style>@import "//evil.example/x.css";</style>' },
  {
    name: 'an event handler on a kit component',
    mdx: '<Discuss onClick="alert(1)">Talk.</Discuss>',
  },
  { name: 'a {expression}', mdx: '{alert(1)}' },
  { name: 'an expression as a prop', mdx: '<Article article={alert(1)} />' },
  { name: 'spread props', mdx: '<Discuss {...window}>Talk.</Discuss>' },
  { name: 'an import', mdx: "import x from 'https://evil.example/x.js'" },
  { name: 'an export', mdx: 'export const x = alert(1)' },
  {
    name: 'a javascript: link in a <KeyTerm>',
    mdx: '<KeyTerm term="x">[y](javascript:alert(1))</KeyTerm>',
  },
  { name: 'a javascript: autolink', mdx: '<javascript:alert(1)>' },
];

const FETCHING_TAGS =
  /^(script|iframe|frame|object|embed|img|image|svg|video|audio|source|track|picture|base|meta|link|form|style|input|button|math)$/;

/**
 * What in a piece of HTML could run script or fetch from another site: a forbidden element, an
 * event handler, a `src`, `srcdoc`, `style`, `action` or `data`-carrying attribute, or a link the
 * URL policy refuses. A checkbox of a Markdown task list is the one input allowed.
 */
export function unsafeParts(html: string): string[] {
  const found: string[] = [];
  for (const [, tag, attributes] of html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)) {
    const name = tag!.toLowerCase();
    const checkbox = name === 'input' && /type="checkbox"/.test(attributes!);
    if (FETCHING_TAGS.test(name) && !checkbox) found.push(`<${name}>`);
    for (const [, attribute, value = ''] of attributes!.matchAll(/\s([^\s=]+)(?:="([^"]*)")?/g)) {
      const attr = attribute!.toLowerCase();
      if (/^(on|src|style$|action$|formaction$|data$|poster$|background$)/.test(attr))
        found.push(`${name} ${attr}="${value}"`);
      if (attr === 'href' && linkTarget(decodeEntities(value)) === null)
        found.push(`${name} href="${value}"`);
    }
  }
  return found;
}

/** As a browser reads an attribute: numeric references and the named ones that spell a scheme. */
function decodeEntities(text: string): string {
  const named: Record<string, string> = {
    quot: '"',
    lt: '<',
    gt: '>',
    colon: ':',
    Tab: '\t',
    NewLine: '\n',
  };
  return text
    .replace(/&#(x?)([0-9a-f]+);?/gi, (_, hex: string, n: string) =>
      String.fromCodePoint(parseInt(n, hex ? 16 : 10)),
    )
    .replace(/&(quot|lt|gt|colon|Tab|NewLine);/g, (_, name: string) => named[name]!)
    .replace(/&amp;/g, '&');
}
