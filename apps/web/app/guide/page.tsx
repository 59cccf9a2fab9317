import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderMarkdown } from '@/components/content/render-markdown';
import { UI } from '@/lib/ui-text';

export const metadata = { title: UI.guide.title };

const GUIDE = join('docs', 'authoring-guide.md');

/** The repo's docs/authoring-guide.md, found from wherever the build runs (app folder or repo root). */
function readGuide(): string | null {
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    if (existsSync(join(dir, GUIDE))) return readFileSync(join(dir, GUIDE), 'utf8');
    if (dirname(dir) === dir) return null;
  }
}

export default function GuidePage() {
  const source = readGuide();
  if (source === null) {
    return (
      <div className="prose">
        <h1>{UI.guide.title}</h1>
        <p>{UI.guide.missing}</p>
      </div>
    );
  }
  const { content, headings, hasTitle } = renderMarkdown(source);
  const sections = headings.filter((h) => h.depth === 2);
  return (
    <div className="guide-page">
      {sections.length > 2 && (
        <nav className="guide-toc" aria-label={UI.guide.contents}>
          <p className="guide-toc__title">{UI.guide.contents}</p>
          <ol>
            {sections.map((h) => (
              <li key={h.id}>
                <a href={`#${h.id}`}>{h.text}</a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <div className="prose guide">
        {!hasTitle && <h1>{UI.guide.title}</h1>}
        {content}
      </div>
    </div>
  );
}
