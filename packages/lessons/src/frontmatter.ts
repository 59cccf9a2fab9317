/**
 * A lesson's frontmatter: the YAML between the `---` lines, checked against the schema below with
 * each problem located at its line in the lesson file.
 */
import {
  closestWord,
  suggestOneOf,
  valueAt,
  yamlSlips,
  yamlSyntaxProblems,
  type Diagnostic,
  type Edit,
  type YamlProblem,
} from '@sayswho/core';
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
 * @param firstOffset where the YAML text starts in the file, for the edits of fixes
 */
export function parseFrontmatter(
  yamlText: string,
  file: string,
  firstLine: number,
  firstOffset = 0,
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
    edit?: Edit,
  ): Diagnostic => ({
    file,
    ...where,
    severity: 'error',
    message,
    ...(fix ? { fix } : {}),
    ...(edit ? { edit: { ...edit, offset: edit.offset + firstOffset } } : {}),
  });
  /** The problem with the first of its fixes that gives a frontmatter with no problem at all. */
  const fromProblem = (problem: YamlProblem) => {
    const fixes = [
      ...(problem.edit ? [{ fix: problem.fix, edit: problem.edit }] : []),
      ...(problem.otherFixes ?? []),
    ];
    const passing = fixes.find(({ edit }) => {
      const fixed =
        yamlText.slice(0, edit.offset) + edit.text + yamlText.slice(edit.offset + edit.length);
      return parseFrontmatter(fixed, file, firstLine).diagnostics.length === 0;
    });
    return error(
      at(problem.offset),
      `the frontmatter: ${problem.message}`,
      passing?.fix ?? problem.fix,
      passing?.edit,
    );
  };

  if (doc.errors.length > 0) {
    return {
      frontmatter: null,
      diagnostics: yamlSyntaxProblems(yamlText, doc.errors, lineCounter, firstLine).map(
        fromProblem,
      ),
    };
  }
  const slips = yamlSlips(doc, yamlText, lineCounter, firstLine);
  const inSlip = (offset: number) =>
    slips.some((slip) => offset >= slip.range[0] && offset <= slip.range[1]);
  const diagnostics: Diagnostic[] = slips.map(fromProblem);
  const value: unknown = doc.toJS();
  const result = frontmatterSchema.safeParse(value ?? {});
  // A slip YAML accepted (two objectives joined into one) still gives a lesson to show.
  if (result.success) return { frontmatter: result.data, diagnostics };

  const nodeAt = (path: readonly PropertyKey[], key = false) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node =
        depth === 0
          ? doc.contents
          : findNode(doc.contents, path.slice(0, depth), key && depth === path.length);
      if (isNode(node) && node.range) return node;
    }
    return null;
  };
  const locate = (path: readonly PropertyKey[], key = false) => {
    const node = nodeAt(path, key);
    return node?.range ? at(node.range[0]) : { line: firstLine, column: 1 };
  };
  const typos = new Set<string>();
  for (const issue of result.error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) {
      const keyNode = nodeAt([...issue.path, key], true);
      // "definition: said, argued or claimed": the comma made `argued or claimed` a field; said above.
      if (keyNode?.range && inSlip(keyNode.range[0])) continue;
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
          guess && keyNode?.range
            ? { offset: keyNode.range[0], length: key.length, text: guess }
            : undefined,
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
    const example = EXAMPLES[top] ?? `${field}: …`;
    if (current === undefined) {
      if (typos.has(path.join('.'))) continue;
      diagnostics.push(
        error(
          locate(path.slice(0, -1)),
          `the frontmatter is missing \`${field}\``,
          `add a line like \`${example}\``,
        ),
      );
    } else if (issue.code === 'invalid_value') {
      const allowed = issue.values.map(String);
      const node = nodeAt(path);
      const guess = typeof current === 'string' ? closestWord(current, allowed) : null;
      diagnostics.push(
        error(
          locate(path),
          `the frontmatter has an unknown ${top === 'skills' ? 'skill' : field} \`${String(current)}\``,
          suggestOneOf(String(current), allowed),
          guess && node?.range
            ? { offset: node.range[0], length: node.range[1] - node.range[0], text: guess }
            : undefined,
        ),
      );
    } else {
      const node = nodeAt(path);
      const converted = convert(current, issue);
      const fits =
        converted !== undefined &&
        frontmatterSchema.shape[top as keyof typeof frontmatterSchema.shape]?.safeParse(
          path.length === 1 ? converted : undefined,
        ).success;
      diagnostics.push(
        error(
          locate(path),
          `the frontmatter's \`${field}\` ${expectation(issue)}, not ${describe(current)}`,
          fits ? `write \`${field}: ${show(converted)}\`` : `write it like \`${example}\``,
          fits && node?.range
            ? {
                offset: node.range[0],
                length: node.range[1] - node.range[0],
                text: show(converted),
              }
            : undefined,
        ),
      );
    }
  }
  return { frontmatter: null, diagnostics };
}

/** What the field must be, in words: "must be a list in brackets", "must be a whole number". */
function expectation(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    const expected = (
      {
        array: 'a list in brackets, like [a, b]',
        number: 'a number',
        int: 'a whole number',
        string: 'text',
        object: 'a `{ term: …, definition: … }` pair',
      } as Record<string, string>
    )[issue.expected];
    return `must be ${expected ?? issue.expected}`;
  }
  if (issue.code === 'too_small')
    return issue.origin === 'array'
      ? 'needs at least one item'
      : issue.origin === 'string'
        ? 'must not be empty'
        : `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`;
  if (issue.code === 'too_big')
    return `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`;
  return 'is not what the kit expects here';
}

/** The value the teacher meant, when the slip is only its form: "10" for a number, one text for a list. */
function convert(value: unknown, issue: z.core.$ZodIssue): unknown {
  if (issue.code !== 'invalid_type') return undefined;
  if (issue.expected === 'array' && typeof value === 'string') return [value];
  if ((issue.expected === 'number' || issue.expected === 'int') && typeof value === 'string') {
    const number = Number(value.trim());
    return value.trim() !== '' && Number.isFinite(number) ? number : undefined;
  }
  return undefined;
}

function show(value: unknown): string {
  return Array.isArray(value) ? `[${value.join(', ')}]` : String(value);
}

function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text “${value}”`;
  return `${typeof value === 'boolean' ? '' : 'the number '}${String(value)}`;
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
