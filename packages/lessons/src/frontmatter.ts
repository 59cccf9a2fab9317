/**
 * A lesson's frontmatter: the YAML between the `---` lines, checked against the schema below with
 * each problem located at its line in the lesson file.
 */
import { closestWord, suggestOneOf, valueAt, type Diagnostic } from '@sayswho/core';
import { LineCounter, parseDocument, isNode, type Node as YamlNode } from 'yaml';
import { z } from 'zod';

export const SKILLS = [
  'attribution',
  'unverified-claims',
  'loaded-wording',
  'comparing-versions',
] as const;
export type Skill = (typeof SKILLS)[number];

export const frontmatterSchema = z.strictObject({
  title: z.string().min(1),
  summary: z.string().min(1),
  skills: z.array(z.enum(SKILLS)).min(1),
  level: z.string().min(1),
  minutes: z.number().int().positive(),
  order: z.number().int(),
  objectives: z.array(z.string().min(1)).optional(),
  vocabulary: z
    .array(z.strictObject({ term: z.string().min(1), definition: z.string().min(1) }))
    .optional(),
  articles: z.array(z.string().min(1)).optional(),
  /** The lesson's pass mark in percent, for every exercise that does not set its own. */
  passMark: z.number().int().min(1).max(100).optional(),
});

export type LessonFrontmatter = z.infer<typeof frontmatterSchema>;

const FIELDS = Object.keys(frontmatterSchema.shape);
const EXAMPLES: Record<string, string> = {
  title: 'title: Who says so?',
  summary: 'summary: Find who is speaking in a news report.',
  skills: 'skills: [attribution]',
  level: 'level: Grades 8–12',
  minutes: 'minutes: 45',
  order: 'order: 6',
  objectives: 'objectives: [Find the cue words that mark who said something.]',
  vocabulary:
    'vocabulary: [{ term: attribution, definition: Telling the reader who said something. }]',
  articles: 'articles: [ap-landmines-latimes]',
  passMark: 'passMark: 70',
};

/**
 * @param yamlText the text between the `---` lines
 * @param firstLine the file line the YAML text starts on (the line after the opening `---`)
 */
export function parseFrontmatter(
  yamlText: string,
  file: string,
  firstLine: number,
): { frontmatter: LessonFrontmatter | null; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + firstLine - 1, column: pos.col };
  };
  const error = (
    where: { line: number; column: number },
    message: string,
    fix?: string,
  ): Diagnostic => ({
    file,
    ...where,
    severity: 'error',
    message,
    ...(fix ? { fix } : {}),
  });

  if (doc.errors.length > 0) {
    return {
      frontmatter: null,
      diagnostics: doc.errors.map((e) =>
        error(
          at(e.pos[0]),
          `the frontmatter is not valid YAML: ${e.message.split('\n')[0]}`,
          'check the line for a missing colon, an unclosed quote or bracket, or wrong indentation',
        ),
      ),
    };
  }
  const value: unknown = doc.toJS();
  const result = frontmatterSchema.safeParse(value ?? {});
  if (result.success) return { frontmatter: result.data, diagnostics: [] };

  const locate = (path: readonly PropertyKey[], key = false) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node =
        depth === 0
          ? doc.contents
          : findNode(doc.contents, path.slice(0, depth), key && depth === path.length);
      if (isNode(node) && node.range) return at(node.range[0]);
    }
    return { line: firstLine, column: 1 };
  };
  const typos = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const issue of result.error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) {
      const guess =
        issue.path.length === 0
          ? closestWord(key, FIELDS)
          : closestWord(key, ['term', 'definition']);
      if (guess) typos.add([...issue.path, guess].join('.'));
      diagnostics.push(
        error(
          locate([...issue.path, key], true),
          `the frontmatter has an unknown field \`${key}\``,
          guess ? `did you mean \`${guess}\`?` : `remove it; the fields are ${FIELDS.join(', ')}`,
        ),
      );
    }
  }
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') continue;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const field = path
      .map((p) => (typeof p === 'number' ? `[${p + 1}]` : p))
      .join('.')
      .replace(/\.\[/g, '[');
    const top = String(path[0] ?? '');
    const current = valueAt(value, path);
    if (current === undefined) {
      if (typos.has(path.join('.'))) continue;
      diagnostics.push(
        error(
          locate(path.slice(0, -1)),
          `the frontmatter is missing \`${field}\``,
          `add a line like \`${EXAMPLES[top] ?? `${field}: …`}\``,
        ),
      );
    } else if (issue.code === 'invalid_value' && typeof current === 'string') {
      diagnostics.push(
        error(
          locate(path),
          `the frontmatter has an unknown ${top === 'skills' ? 'skill' : field} \`${current}\``,
          suggestOneOf(current, issue.values.map(String)),
        ),
      );
    } else {
      diagnostics.push(
        error(
          locate(path),
          `the frontmatter's \`${field}\` is wrong: ${issue.message.replace(/^Invalid input: /, '')}`,
          `write it like \`${EXAMPLES[top] ?? field}\``,
        ),
      );
    }
  }
  return { frontmatter: null, diagnostics };
}

function findNode(contents: unknown, path: readonly PropertyKey[], key: boolean): YamlNode | null {
  let node = contents as { getIn?: unknown; items?: { key: YamlNode; value: YamlNode }[] } | null;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    const items = node?.items;
    if (!items) return null;
    const pair =
      typeof step === 'number'
        ? { key: items[step] as unknown as YamlNode, value: items[step] as unknown as YamlNode }
        : items.find((p) => (p.key as unknown as { value?: unknown })?.value === step);
    if (!pair) return null;
    if (i === path.length - 1) return key ? pair.key : (pair.value ?? pair.key);
    node = pair.value as never;
  }
  return node as never;
}
