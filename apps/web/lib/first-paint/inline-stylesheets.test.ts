/** @jest-environment node */
import { inlineStylesheets } from './inline-stylesheets';
import { runScriptsAfterPaint } from './scripts-after-paint';

// The shape of a page `next build` writes (abridged from a built lesson page).
const layout =
  '<link rel="stylesheet" href="/_next/static/chunks/layout.css" data-precedence="next"/>';
const lesson =
  '<link rel="stylesheet" href="/_next/static/chunks/lesson.css" data-precedence="next"/>';
const main = '<script src="/_next/static/chunks/main.js" async=""></script>';
const page = runScriptsAfterPaint(
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
    `${layout}<title>Lesson</title>${lesson}${main}</head><body><h1>Lesson</h1></body></html>`,
);
const files: Record<string, string> = {
  '/_next/static/chunks/layout.css': 'body{margin:0}',
  '/_next/static/chunks/lesson.css': 'h1{font-size:2rem}',
};
const read = (href: string) => files[href] ?? '';

describe('writing a built page’s stylesheets into it', () => {
  const finished = inlineStylesheets(page, read);
  const [head = '', template = ''] = finished.split('<template id="after-paint">');

  it('puts each stylesheet’s text where Next linked the first, in the order Next linked them', () => {
    expect(head).toContain(
      '<meta charSet="utf-8"/><style>body{margin:0}</style><style>h1{font-size:2rem}</style><title>',
    );
  });

  it('requests no stylesheet before the first paint: Next’s links join the page after it, applying to nothing', () => {
    expect(head).not.toContain('rel="stylesheet"');
    const idle = (link: string) => link.replace('<link', '<link media="not all"');
    expect(template.startsWith(idle(layout) + idle(lesson) + main)).toBe(true);
  });

  it('keeps a stylesheet’s media on its copy', () => {
    const print = layout.replace('<link', '<link media="print"');
    const finishedPrint = inlineStylesheets(page.replace(layout, print), read);
    expect(finishedPrint).toContain('<style media="print">body{margin:0}</style>');
    expect(finishedPrint).toContain(layout.replace('<link', '<link media="not all"'));
  });

  it('changes nothing on a page finished before, or on a page without stylesheets', () => {
    expect(inlineStylesheets(finished, read)).toBe(finished);
    const plain = runScriptsAfterPaint('<html><head></head><body>Hi</body></html>');
    expect(inlineStylesheets(plain, read)).toBe(plain);
  });

  it('refuses a stylesheet that would end the style element early, naming the file', () => {
    const bad = (href: string) =>
      href.endsWith('lesson.css') ? 'a::after{content:"</style>"}' : '';
    expect(() => inlineStylesheets(page, bad)).toThrow(
      '/_next/static/chunks/lesson.css holds "</style"',
    );
  });

  it('refuses a page whose scripts were not moved first, since the links go where they went', () => {
    expect(() =>
      inlineStylesheets(`<html><head>${layout}</head><body></body></html>`, read),
    ).toThrow('No after-paint template');
  });
});
