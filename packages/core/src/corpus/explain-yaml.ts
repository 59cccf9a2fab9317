/**
 * YAML mistakes in a teacher's words. The parser says "Sequence item without - indicator" about a
 * line indented one space too few; this says which line, what YAML made of it, and the one change
 * that fixes it (as an Edit a tool can apply). Also the slips YAML accepts without a word but that
 * are not what the teacher meant: a list item indented one space too far is joined to the item
 * above, and a comma inside `{ … }` ends the text and starts a new field.
 *
 * Shared by the corpus loader and the lessons' frontmatter.
 */
import {
  isPair,
  isScalar,
  Scalar,
  visit,
  type Document,
  type LineCounter,
  type YAMLError,
} from 'yaml';
import type { Edit } from '../diagnostics';

export interface YamlProblem {
  /** Where to point the teacher: an offset into the source. */
  readonly offset: number;
  /** The part of the source the problem spoils (a syntax error and its echoes). */
  readonly range: readonly [number, number];
  readonly message: string;
  readonly fix: string;
  readonly edit?: Edit;
  /**
   * Other fixes, when the slip could mean either (`level: [Grades 8–12` is a stray bracket, while
   * `alternatives: [hit` lacks its closing one): the caller keeps the first that passes its check.
   */
  readonly otherFixes?: readonly { readonly fix: string; readonly edit: Edit }[];
}

interface Line {
  /** 1-based. */
  readonly number: number;
  readonly start: number;
  readonly text: string;
}

/** `  - id: x`: indentation, whether it starts a list item, the key and its value. */
interface Field {
  readonly indent: number;
  readonly dash: boolean;
  /** The column (0-based) where the key starts. */
  readonly keyColumn: number;
  readonly key: string;
  readonly value: string;
  /** Offset of the value in the source. */
  readonly valueStart: number;
}

const FIELD = /^( *)(- +)?([A-Za-z_][\w-]*) *:(?: +(.*?))? *$/;

/** `firstLine`: the line of the file the source starts on (a lesson's frontmatter starts on 2). */
function linesOf(source: string, firstLine: number): Line[] {
  const lines: Line[] = [];
  let start = 0;
  source.split('\n').forEach((text, i) => {
    lines.push({ number: i + firstLine, start, text: text.replace(/\r$/, '') });
    start += text.length + 1;
  });
  return lines;
}

function fieldOf(line: Line | undefined): Field | null {
  const match = line && FIELD.exec(line.text);
  if (!line || !match) return null;
  const indent = match[1]!.length;
  const dash = match[2] ?? '';
  const value = match[4] ?? '';
  return {
    indent,
    dash: dash !== '',
    keyColumn: indent + dash.length,
    key: match[3]!,
    value,
    valueStart: line.start + (value ? line.text.lastIndexOf(value) : line.text.length),
  };
}

const meaningful = (line: Line) => line.text.trim() !== '' && !line.text.trim().startsWith('#');
/** A value that is complete on its line, so the next field must line up with this one. */
const complete = (field: Field) =>
  field.value !== '' && !/^[>|][+-]?\d*\s*(#.*)?$/.test(field.value);
const spaces = (n: number) => `${n} space${n === 1 ? '' : 's'}`;
const quoteWhole = (value: string) => JSON.stringify(value);
const singleQuote = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * One problem per mistake: the parser's errors come in runs (one slip confuses it for several
 * lines), and a run ends where a new list item starts.
 */
export function yamlSyntaxProblems(
  source: string,
  errors: readonly YAMLError[],
  lineCounter: LineCounter,
  firstLine = 1,
): YamlProblem[] {
  const lines = linesOf(source, firstLine);
  const lineAt = (offset: number) => lines[lineCounter.linePos(offset).line - 1]!;
  const runs: YAMLError[][] = [];
  let lastLine = -1;
  for (const error of [...errors].sort((a, b) => a.pos[0] - b.pos[0])) {
    const line = lineAt(error.pos[0]).number;
    // Lines strictly between the previous error and this one.
    const newItem = lines
      .filter((l) => l.number > lastLine && l.number < line)
      .some((l) => /^\s*- /.test(l.text));
    if (runs.length === 0 || newItem) runs.push([error]);
    else runs[runs.length - 1]!.push(error);
    lastLine = Math.max(lastLine, line);
  }
  return runs.map((run) => explainRun(run, source, lines, lineAt));
}

function explainRun(
  run: readonly YAMLError[],
  source: string,
  lines: readonly Line[],
  lineAt: (offset: number) => Line,
): YamlProblem {
  const first = run[0]!;
  const range: [number, number] = [
    Math.min(...run.map((e) => e.pos[0])),
    Math.max(...run.map((e) => e.pos[1])),
  ];
  const firstLine = lineAt(first.pos[0]);
  const problem = (
    at: number,
    message: string,
    fix: string,
    edit?: Edit,
    spoils: readonly [number, number] = range,
  ): YamlProblem => ({
    offset: at,
    range: [Math.min(spoils[0], at), Math.max(spoils[1], at)],
    message,
    fix,
    ...(edit ? { edit } : {}),
  });
  const before = (line: Line) => lines.slice(0, lines.indexOf(line)).reverse();
  const previousMeaningful = (line: Line) => before(line).find(meaningful);

  const tab = run.find((e) => e.code === 'TAB_AS_INDENT');
  if (tab) {
    const line = lineAt(tab.pos[0]);
    const above = fieldOf(previousMeaningful(line));
    const lead = /^[ \t]*/.exec(line.text)![0];
    const width = above ? above.keyColumn : lead.replace(/\t/g, '    ').length;
    return problem(
      line.start,
      `line ${line.number} is indented with a tab, and YAML only understands spaces`,
      `indent it with ${spaces(width)}${above ? `, like \`${above.key}:\` on the line above` : ''}`,
      { offset: line.start, length: lead.length, text: ' '.repeat(width) },
    );
  }

  const unclosedQuote = run.find((e) => /^Missing closing ["']quote/.test(e.message));
  if (unclosedQuote) {
    const quote = unclosedQuote.message.includes('"quote') ? '"' : "'";
    const opened = lines.find((line) => {
      const field = fieldOf(line);
      return field?.value.startsWith(quote) && !closesOnItsLine(field.value, quote);
    });
    if (opened) {
      const end = opened.start + opened.text.trimEnd().length;
      return problem(
        opened.start,
        `the text on line ${opened.number} starts with a quote mark (${quote}) that is never closed, so YAML reads everything after it as part of that text`,
        `end the text with ${quote} on the same line`,
        { offset: end, length: 0, text: quote },
        [opened.start, source.length],
      );
    }
  }

  const unclosedList = run.find((e) => /end with an? ([\]}])/.test(e.message));
  if (unclosedList) {
    const close = /end with an? ([\]}])/.exec(unclosedList.message)![1]!;
    const open = close === ']' ? '[' : '{';
    // The parser notices on the line after; the list was opened on the last line before it that has a `[` and no `]`.
    const reported = lineAt(unclosedList.pos[0]);
    const line =
      [reported, ...before(reported)].find(
        (l) => l.text.includes(open) && !l.text.includes(close),
      ) ?? reported;
    const end = line.start + line.text.trimEnd().length;
    const opening = line.start + line.text.indexOf(open);
    return {
      ...problem(
        line.start,
        `the “${open}” on line ${line.number} is never closed with “${close}”`,
        `end it with “${close}” on the same line`,
        { offset: end, length: 0, text: close },
      ),
      otherFixes: [
        {
          fix: `remove the “${open}”: the text needs no brackets`,
          edit: { offset: opening, length: 1, text: '' },
        },
      ],
    };
  }

  // A line out of step with the one above it: the commonest slip, which the parser reports as
  // anything from "Sequence item without - indicator" to "Nested mappings are not allowed".
  const index = lines.indexOf(firstLine);
  for (const line of lines.slice(Math.max(0, index - 1), index + 2)) {
    const field = fieldOf(line);
    const aboveLine = previousMeaningful(line);
    const above = fieldOf(aboveLine);
    if (!field || !above || !aboveLine) continue;
    if (field.dash) {
      const item = before(line)
        .map(fieldOf)
        .find((f) => f?.dash);
      if (item && item.indent !== field.indent && Math.abs(item.indent - field.indent) <= 2) {
        return problem(
          line.start,
          `the “-” on line ${line.number} is ${spaces(field.indent)} in, but the “-” of the item before it ${spaces(item.indent)}: the items of a list must line up`,
          `start line ${line.number} with ${spaces(item.indent)} before the “-”, like the item before it`,
          { offset: line.start, length: field.indent, text: ' '.repeat(item.indent) },
        );
      }
      continue;
    }
    if (complete(above) && field.indent !== above.keyColumn) {
      return problem(
        line.start,
        `line ${line.number} is indented by ${spaces(field.indent)}, but \`${above.key}:\` on line ${aboveLine.number} by ${above.keyColumn}: YAML cannot tell what \`${field.key}:\` belongs to`,
        `indent \`${field.key}:\` by ${spaces(above.keyColumn)}, like \`${above.key}:\` above it`,
        { offset: line.start, length: field.indent, text: ' '.repeat(above.keyColumn) },
      );
    }
  }

  const duplicate = run.find((e) => e.code === 'DUPLICATE_KEY');
  if (duplicate) {
    const line = lineAt(duplicate.pos[0]);
    const field = fieldOf(line);
    const item = before(line)
      .map(fieldOf)
      .find((f) => f?.dash);
    if (field?.key === 'id' && !field.dash && item) {
      return problem(
        line.start,
        `line ${line.number} starts a new item without “- ”, so YAML adds its fields to the item above, which then has two \`id:\`s`,
        `write “- id:” with the “-” ${spaces(item.indent)} in, like the other items`,
        {
          offset: line.start,
          length: field.indent,
          text: `${' '.repeat(item.indent)}- `.padEnd(field.indent, ' '),
        },
      );
    }
    const key = field?.key ?? /^[^\s:]+/.exec(source.slice(duplicate.pos[0]))?.[0];
    return problem(
      duplicate.pos[0],
      key
        ? `the field \`${key}\` appears twice in the same place`
        : 'a field appears twice in the same place',
      'keep one of the two (if they belong to different annotations, the second needs its own `- id:` line)',
    );
  }

  const field = fieldOf(firstLine);
  if (field?.value.match(/^["']/) && run.some((e) => e.code === 'UNEXPECTED_TOKEN')) {
    const quote = field.value[0]!;
    const closing = field.value.indexOf(quote, 1);
    const rest = field.value.slice(closing + 1).trim();
    return problem(
      field.valueStart,
      `the text on line ${firstLine.number} starts with a quote mark, so YAML ends it at the next ${quote} and cannot read “${rest}” after it`,
      `wrap the whole text in single quotes: ${field.key}: ${singleQuote(field.value)}`,
      { offset: field.valueStart, length: field.value.length, text: singleQuote(field.value) },
    );
  }
  if (field && run.some((e) => e.code === 'BAD_SCALAR_START')) {
    return problem(
      field.valueStart,
      `the text on line ${firstLine.number} starts with “${field.value[0]}”, which YAML keeps for itself unless the text is in quotes`,
      `wrap it in quotes: ${field.key}: ${quoteWhole(field.value)}`,
      { offset: field.valueStart, length: field.value.length, text: quoteWhole(field.value) },
    );
  }
  if (
    field &&
    run.some((e) => e.code === 'BLOCK_AS_IMPLICIT_KEY') &&
    /:\s/.test(field.value) &&
    !/^["'[{]/.test(field.value)
  ) {
    return problem(
      field.valueStart,
      `the text on line ${firstLine.number} contains “: ”, which YAML reads as the start of another field`,
      `wrap the whole text in quotes: ${field.key}: ${quoteWhole(field.value)}`,
      { offset: field.valueStart, length: field.value.length, text: quoteWhole(field.value) },
    );
  }
  const noColon = /^( *)(- +)?([A-Za-z_][\w-]*) +([^\s:#][^:]*)$/.exec(firstLine.text);
  if (noColon) {
    const keyEnd =
      firstLine.start + noColon[1]!.length + (noColon[2] ?? '').length + noColon[3]!.length;
    return problem(
      firstLine.start,
      `line ${firstLine.number} has no “:” after \`${noColon[3]}\``,
      `write \`${noColon[3]}: ${noColon[4]!.trim()}\``,
      { offset: keyEnd, length: 0, text: ':' },
    );
  }
  return problem(
    first.pos[0],
    `YAML cannot read line ${firstLine.number}: ${first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
    'check the indentation, dashes and colons on this line and the one before; a text containing “: ” or starting with a quote mark must be wrapped in quotes',
  );
}

function closesOnItsLine(value: string, quote: string): boolean {
  const body = quote === '"' ? /^"(?:[^"\\]|\\.)*"/ : /^'(?:[^']|'')*'/;
  return body.test(value);
}

/**
 * Valid YAML that is not what the teacher meant. `- Tell …` indented one space more than the
 * `-` above is the continuation of the item above ("Find the cues. - Tell …"); in
 * `{ term: cue, definition: said, argued or claimed }` the comma ends the definition and
 * "argued or claimed" becomes a field of its own.
 */
export function yamlSlips(
  doc: Document,
  source: string,
  lineCounter: LineCounter,
  firstLine = 1,
): YamlProblem[] {
  const lines = linesOf(source, firstLine);
  const lineAt = (offset: number) => lines[lineCounter.linePos(offset).line - 1]!;
  const problems: YamlProblem[] = [];
  visit(doc, {
    Seq(_, seq) {
      if (seq.flow) return;
      seq.items.forEach((item) => {
        if (!isScalar(item) || item.type !== Scalar.PLAIN || !item.range) return;
        const itemLine = lineAt(item.range[0]);
        const joined = lines.find(
          (l) => l.start > itemLine.start && l.start < item.range![1] && /^\s*- /.test(l.text),
        );
        if (!joined) return;
        const dash = fieldDashColumn(itemLine.text);
        const indent = /^ */.exec(joined.text)![0].length;
        problems.push({
          offset: joined.start,
          range: [item.range[0], item.range[1]],
          message: `line ${joined.number} starts with “- ” but is indented ${spaces(indent - dash)} more than the “-” on line ${itemLine.number}, so YAML joined the two into one item: “${String(item.value)}”`,
          fix: `start line ${joined.number} with ${spaces(dash)} before the “-”, like line ${itemLine.number}`,
          edit: { offset: joined.start, length: indent, text: ' '.repeat(dash) },
        });
      });
    },
    Map(_, map) {
      if (!map.flow) return;
      map.items.forEach((pair, index) => {
        const previous = map.items[index - 1];
        if (!isPair(pair) || !isScalar(pair.key) || pair.value !== null || !previous) return;
        if (!isPair(previous) || !isScalar(previous.value) || !isScalar(previous.key)) return;
        if (previous.value.type !== Scalar.PLAIN || !previous.value.range || !pair.key.range)
          return;
        // Several commas make several stray fields: report the run once, at its first.
        const stray = map.items[index - 1];
        if (isPair(stray) && stray.value === null) return;
        let last = index;
        while (
          isPair(map.items[last + 1]) &&
          (map.items[last + 1] as typeof pair).value === null &&
          isScalar((map.items[last + 1] as typeof pair).key)
        )
          last += 1;
        const end = ((map.items[last] as typeof pair).key as Scalar).range![1];
        const start = previous.value.range[0];
        const text = source.slice(start, end).trim();
        const key = String(previous.key.value);
        const strays = map.items
          .slice(index, last + 1)
          .map((p) => `“${String((p.key as Scalar).value)}”`);
        problems.push({
          offset: pair.key.range[0],
          range: [start, end],
          message: `the comma after “${String(previous.value.value)}” ends the ${key}, so YAML reads ${strays.join(' and ')} as ${strays.length > 1 ? 'other fields' : 'another field'}`,
          fix: `put the whole ${key} in quotes: ${key}: ${quoteWhole(text)}`,
          edit: { offset: start, length: end - start, text: quoteWhole(text) },
        });
      });
    },
  });
  return problems;
}

function fieldDashColumn(text: string): number {
  return /^ */.exec(text)![0].length;
}
