/** @jest-environment node */
import { RUN_SCRIPTS_AFTER_PAINT, runScriptsAfterPaint } from './scripts-after-paint';

// The shape of a page `next build` writes (abridged from a built lesson page).
const framework = '<script src="/_next/static/chunks/framework.js" async=""></script>';
const main = '<script src="/_next/static/chunks/main.js" async=""></script>';
const polyfills = '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>';
const data = '<script>(self.__next_f=self.__next_f||[]).push([0])</script>';
const page =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>' +
  `${framework}${polyfills}</head><body><h1>Lesson</h1>${data}${main}</body></html>`;

describe('running a built page’s scripts after its first paint', () => {
  const finished = runScriptsAfterPaint(page);
  const template = /<template id="after-paint">(.*?)<\/template>/.exec(finished)?.[1];

  it('moves every script the browser would run at once into an inert template, as Next wrote it', () => {
    expect(template).toBe(framework + main);
    expect(finished.replace(template!, '')).not.toMatch(/<script src="[^"]*" async/);
  });

  it('fetches none of them before the first paint: Next’s preloads of them are gone', () => {
    expect(finished).not.toContain('<link rel="preload" as="script"');
  });

  it('keeps a preload of a script it does not move', () => {
    const other =
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/other.js"/>';
    expect(runScriptsAfterPaint(page.replace('</head>', `${other}</head>`))).toContain(other);
  });

  it('runs them from one inline script at the very end of the body', () => {
    expect(finished).toContain(`</template><script>${RUN_SCRIPTS_AFTER_PAINT}</script></body>`);
  });

  it('adds them at the first contentful paint, not at a first paint with no content yet', () => {
    let report = (_list: { getEntriesByName(name: string): string[] }) => {};
    class Observer {
      constructor(callback: typeof report) {
        report = callback;
      }
      observe() {}
    }
    const added: string[] = [];
    const page = {
      body: { append: (node: string) => added.push(node) },
      getElementById: () => ({ content: { cloneNode: () => 'the scripts' } }),
    };
    new Function('PerformanceObserver', 'document', RUN_SCRIPTS_AFTER_PAINT)(Observer, page);
    const paints = (...names: string[]) => ({
      getEntriesByName: (name: string) => names.filter((entry) => entry === name),
    });
    report(paints('first-paint'));
    expect(added).toEqual([]);
    report(paints('first-contentful-paint'));
    expect(added).toEqual(['the scripts']);
  });

  it('keeps the page’s inline data and the polyfills no supported browser runs', () => {
    expect(finished).toContain(`<h1>Lesson</h1>${data}`);
    expect(finished).toContain(`${polyfills}</head>`);
  });

  it('changes nothing on a page finished before', () => {
    expect(runScriptsAfterPaint(finished)).toBe(finished);
  });

  it('refuses a page it cannot finish rather than ship it without its scripts', () => {
    expect(() => runScriptsAfterPaint(page.replace('</body>', ''))).toThrow('No </body>');
  });
});
