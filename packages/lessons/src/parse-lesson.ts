/**
 * Parses a lesson file into a Markdown syntax tree (mdast) with MDX's JSX nodes, without
 * compiling or evaluating anything. A syntax error becomes one located Diagnostic.
 */
import type { Diagnostic } from '@sayswho/core';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm);

interface ParseError {
  reason?: string;
  message?: string;
  line?: number;
  column?: number;
  ruleId?: string;
}

// The parser's wording assumes a programmer; these say what a teacher should do instead.
const SYNTAX_FIXES: [RegExp, string][] = [
  [
    /closing tag/i,
    'every component that is opened (`<Spot …>`) must be closed with the same name (`</Spot>`), or written self-closing (`<Article … />`)',
  ],
  [
    /Unexpected end of file/i,
    'a component or a `{…}` is not closed before the end of the file; close it (`</Spot>`, `/>` or `}`)',
  ],
  [
    /Could not parse expression|acorn/i,
    'inside `{…}` only literal values are allowed, e.g. `paragraphs={[1, 6]}` or a comment `{/* … */}`',
  ],
  [
    /Unexpected character .* before name/i,
    'a `<` starts a component; write `&lt;` or “less than” for a plain `<` in the text',
  ],
  [
    /attribute value/i,
    'a prop value is written in double quotes (`article="ap-landmines-latimes"`) or in braces (`paragraphs={[1, 6]}`)',
  ],
];

export function parseLesson(
  source: string,
  file: string,
): { tree: Root | null; diagnostics: Diagnostic[] } {
  try {
    return { tree: parser.parse(source), diagnostics: [] };
  } catch (caught) {
    const e = caught as ParseError;
    const reason = (e.reason ?? e.message ?? String(caught)).replace(
      /\s*\(\d+:\d+(-\d+:\d+)?\)/g,
      '',
    );
    const fix =
      SYNTAX_FIXES.find(([pattern]) => pattern.test(reason))?.[1] ??
      'check the MDX syntax at this place: components are written like `<Hint>…</Hint>` or `<Article article="…" />`';
    return {
      tree: null,
      diagnostics: [
        {
          file,
          line: e.line ?? 1,
          column: e.column ?? 1,
          severity: 'error',
          message: `MDX syntax error: ${reason}`,
          fix,
        },
      ],
    };
  }
}
