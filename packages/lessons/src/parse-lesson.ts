/**
 * Parses a lesson file into a Markdown syntax tree (mdast) with MDX's JSX nodes, without
 * compiling or evaluating anything. A syntax error becomes a located Diagnostic in a teacher's
 * words; after the mistakes it can step over (a tag never closed, curly quotes around a prop), it
 * reads on and reports the next one, so each is listed once, at its own line.
 */
import type { Diagnostic } from '@sayswho/core';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { componentSpec } from './component-spec';

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

/** Quote marks a word processor types; the parser knows only the straight ones. */
const CURLY_QUOTES = '“”„‟«»‘’‚‛″';

interface Step {
  readonly diagnostic: Diagnostic;
  /** The text with this mistake stepped over (same lines), to read on; absent when it cannot be. */
  readonly readOn?: string;
}

const MAX_MISTAKES = 20;

/**
 * Each file's last clean tree, by its text. The kit is checked again after every save in the
 * authoring pages and every edit in the live preview, and parsing is half of that check with the
 * corpus's loading (0.26 of 0.49 s of CPU for the seed's five lessons); the lessons nobody touched
 * are read from here. One entry per file, so editing one lesson does not pile up trees. The
 * check marks the tree it is given (problems, exercise data), so each caller gets its own copy
 * (9 ms for the five).
 */
const lastClean = new Map<string, { source: string; tree: Root }>();

/**
 * A copy of a syntax tree: its arrays and objects copied, other values (strings, numbers, a regular
 * expression's value) shared. Not structuredClone: the component tests check lessons in jsdom,
 * which has none.
 */
function copyTree<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyTree) as T;
  if (value === null || typeof value !== 'object' || value instanceof RegExp) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyTree(v)])) as T;
}

export function parseLesson(
  source: string,
  file: string,
): { tree: Root | null; diagnostics: Diagnostic[] } {
  const kept = lastClean.get(file);
  if (kept?.source === source) return { tree: copyTree(kept.tree), diagnostics: [] };
  const parsed = parseAnew(source, file);
  if (parsed.tree) lastClean.set(file, { source, tree: copyTree(parsed.tree) });
  return parsed;
}

function parseAnew(source: string, file: string): { tree: Root | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let text = source;
  for (let i = 0; i < MAX_MISTAKES; i++) {
    try {
      const tree = parser.parse(text);
      return { tree: diagnostics.length === 0 ? tree : null, diagnostics };
    } catch (caught) {
      const step = explain(caught as ParseError, text, file);
      diagnostics.push(step.diagnostic);
      if (step.readOn === undefined) break;
      text = step.readOn;
    }
  }
  return { tree: null, diagnostics };
}

function explain(error: ParseError, text: string, file: string): Step {
  const raw = error.reason ?? error.message ?? String(error);
  // "Expected a closing tag for `<Spot>` (17:1-17:104)": the parser puts the tag's place in its text.
  const place = /\((\d+):(\d+)-(\d+):(\d+)\)/.exec(raw);
  const line = error.line ?? (place ? Number(place[1]) : 1);
  const column = error.column ?? (place ? Number(place[2]) : 1);
  const reason = raw.replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/g, '');
  const lines = text.split('\n');
  const offsetOf = (l: number, c: number) =>
    lines.slice(0, l - 1).reduce((n, s) => n + s.length + 1, 0) + c - 1;
  const diagnostic = (
    message: string,
    fix: string,
    edit?: Diagnostic['edit'],
    at = { line, column },
  ): Diagnostic => ({
    file,
    ...at,
    severity: 'error',
    message,
    fix,
    ...(edit ? { edit } : {}),
  });

  const unclosed = /^Expected a closing tag for `<([A-Za-z][\w.]*)>`/.exec(reason);
  if (unclosed) {
    const name = unclosed[1]!;
    const start = offsetOf(line, column);
    // The opening tag ends where the parser says, or at the `>` that ends the line it is on.
    const tagEnd = place
      ? offsetOf(Number(place[3]), Number(place[4])) - 1
      : start + lines[line - 1]!.slice(column - 1).indexOf('>');
    const edit = closeTag(name, text, tagEnd, lines, line);
    return {
      diagnostic: diagnostic(
        `<${name}> on line ${line} is opened but never closed`,
        edit.fix,
        edit.edit,
      ),
      // Read on as if it closed itself: the same lines, so later mistakes keep their place.
      readOn: `${text.slice(0, tagEnd)}/${text.slice(tagEnd)}`,
    };
  }

  const curly = /^Unexpected character `(.)` \(U\+[0-9A-F]+\) before attribute value/.exec(reason);
  if (curly && CURLY_QUOTES.includes(curly[1]!)) {
    const start = offsetOf(line, column);
    const closing = [...text.slice(start + 1)].findIndex(
      (ch) => CURLY_QUOTES.includes(ch) || ch === '"' || ch === '\n',
    );
    const end = start + 1 + closing;
    if (closing >= 0 && text[end] !== '\n') {
      const value = text.slice(start + 1, end);
      const straight = value.includes('"') ? `'${value}'` : `"${value}"`;
      const prop = /([A-Za-z][\w-]*)\s*=\s*$/.exec(text.slice(0, start))?.[1] ?? 'the prop';
      return {
        diagnostic: diagnostic(
          `the value of \`${prop}\` is in curly quote marks (${text[start]} ${text[end]}), as a word processor types them; a lesson needs straight ones (")`,
          `type it with straight quotes: ${prop}=${straight}`,
          { offset: start, length: end - start + 1, text: straight },
        ),
        readOn: text.slice(0, start) + straight + text.slice(end + 1),
      };
    }
  }

  const misspelt =
    /^Unexpected closing tag `<\/([\w.]*)>`, expected corresponding closing tag for `<([\w.]+)>`/.exec(
      reason,
    );
  if (misspelt) {
    const [, wrong, opened] = misspelt;
    const start = offsetOf(line, column);
    return {
      diagnostic: diagnostic(
        `\`</${wrong}>\` closes a tag that is not open here: the open one is <${opened}>`,
        `write \`</${opened}>\``,
        { offset: start, length: `</${wrong}>`.length, text: `</${opened}>` },
      ),
    };
  }

  const fix =
    SYNTAX_FIXES.find(([pattern]) => pattern.test(reason))?.[1] ??
    'check the MDX syntax at this place: components are written like `<Hint>…</Hint>` or `<Article article="…" />`';
  return { diagnostic: diagnostic(`MDX syntax error: ${reason}`, fix) };
}

/**
 * The fix for a tag never closed: a component that holds nothing is written self-closing; one
 * whose text starts on its own line ends at the end of that line; any other ends before the next
 * thing that cannot go inside it (a heading, another exercise, the end of its parent).
 */
function closeTag(
  name: string,
  text: string,
  tagEnd: number,
  lines: readonly string[],
  line: number,
): { fix: string; edit: Diagnostic['edit'] } {
  const spec = componentSpec(name);
  if (spec && !spec.markdown && spec.children.length === 0) {
    return {
      fix: `<${name}> holds nothing, so write it self-closing: end the tag with \`/>\``,
      edit: { offset: tagEnd, length: 1, text: ' />' },
    };
  }
  const lineEnd = text.indexOf('\n', tagEnd);
  const rest = text.slice(tagEnd + 1, lineEnd === -1 ? text.length : lineEnd);
  if (rest.trim() !== '') {
    const at = lineEnd === -1 ? text.length : lineEnd;
    return {
      fix: `end it with \`</${name}>\` at the end of line ${line}`,
      edit: { offset: at, length: 0, text: `</${name}>` },
    };
  }
  const allowed = new Set(spec?.children ?? []);
  let offset = lines.slice(0, line).reduce((n, s) => n + s.length + 1, 0);
  let endLine = lines.length + 1;
  // Parts it holds (a <Hint>, an <Explanation>) open and close on their own lines in between.
  const open: string[] = [];
  for (let i = line; i < lines.length; i++) {
    const l = lines[i]!;
    const opens = /^<([A-Z]\w*)/.exec(l)?.[1];
    const closes = /^<\/(\w+)>/.exec(l)?.[1];
    const inner = open[open.length - 1];
    if (closes && closes === inner) open.pop();
    else if (/^#/.test(l) || closes || (opens && !allowed.has(opens) && !inner)) {
      endLine = i + 1;
      break;
    } else if (opens && !new RegExp(`</${opens}>|/>\\s*$`).test(l)) open.push(opens);
    offset += l.length + 1;
  }
  offset = Math.min(offset, text.length);
  const where = endLine <= lines.length ? `before line ${endLine}` : 'at the end of the file';
  return {
    fix: `add \`</${name}>\` on a line of its own after its last line (${where})`,
    edit: {
      offset,
      length: 0,
      text: `${offset === text.length && !text.endsWith('\n') ? '\n' : ''}</${name}>\n\n`,
    },
  };
}
