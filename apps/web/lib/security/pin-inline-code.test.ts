/** @jest-environment node */
import { inlineScriptHashes, inlineStyleHashes, pinInlineCode } from './pin-inline-code';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>Lesson</title>` +
  `<script src="/_next/static/chunks/main.js" async=""></script></head><body>${body}</body></html>`;

describe('pinning a built page’s inline scripts and styles', () => {
  it('hashes each inline script as a browser does (the example hash in MDN’s CSP guide)', () => {
    expect(inlineScriptHashes(page('<script>var inline = 1;</script>'))).toEqual([
      "'sha256-B2yPHKaXnvFWtRChIbabYmUBFZdVfKKXHbWtWidDVF8='",
    ]);
  });

  it('skips scripts loaded from a file, and counts a repeated script once', () => {
    const html = page('<script id="_R_">a()</script><script>b()</script><script>a()</script>');
    expect(inlineScriptHashes(html)).toHaveLength(2);
  });

  it('hashes the text the browser sees: CR LF is read as LF', () => {
    expect(inlineScriptHashes(page('<script>a();\r\nb();</script>'))).toEqual(
      inlineScriptHashes(page('<script>a();\nb();</script>')),
    );
  });

  // The hash of `h1{color:red}` by `openssl dgst -sha256 -binary | base64`.
  it('hashes each style element the same way, so the page’s inlined stylesheets apply', () => {
    const html = page('<style>h1{color:red}</style><style>h1{color:red}</style><p>text</p>');
    expect(inlineStyleHashes(html)).toEqual([
      "'sha256-/D8wWMrWSOjeD/K4IHepvRvJjPxqJbouCB3qbqmBaqY='",
    ]);
    expect(inlineScriptHashes(html)).toEqual([]);
  });

  it('puts the policy right after the character set, before any script', () => {
    const pinned = pinInlineCode(page('<script>var inline = 1;</script>'));
    const meta = pinned.indexOf('<meta http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(pinned.indexOf('<meta charSet="utf-8"/>'));
    expect(meta).toBeLessThan(pinned.indexOf('<script'));
    expect(pinned).toContain(
      "script-src 'self' 'sha256-B2yPHKaXnvFWtRChIbabYmUBFZdVfKKXHbWtWidDVF8='",
    );
    expect(pinned).not.toContain('unsafe-inline');
  });

  it('allows only the page’s own styles, and none on a page without any', () => {
    const styled = pinInlineCode(page('<style>h1{color:red}</style>'));
    expect(styled).toContain(
      "style-src 'self' 'sha256-/D8wWMrWSOjeD/K4IHepvRvJjPxqJbouCB3qbqmBaqY=';",
    );
    expect(pinInlineCode(page('<p>text</p>'))).toContain("style-src 'self';");
  });

  it('replaces the policy of a page pinned before, so pinning twice changes nothing', () => {
    const once = pinInlineCode(page('<script>a()</script>'));
    expect(pinInlineCode(once)).toBe(once);
  });

  it('refuses a page it cannot pin rather than ship it unprotected', () => {
    expect(() => pinInlineCode('<script>a()</script>')).toThrow('No <head>');
  });
});
