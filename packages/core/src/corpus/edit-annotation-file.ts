/**
 * Edits an article's annotation file (its `annotations:` list) or a story's `differences.yaml`
 * (its `differences:` list) the way a careful teacher would by hand: the YAML is read with the
 * `yaml` package's Document API to find where each item and each of its fields is, and only the
 * lines of what changed are rewritten. Every other byte (comments, order, blank lines, folded
 * explanations) stays as it was, so `git diff` shows exactly the change. (The Document's own
 * toString re-folds every long line of the file: measured on the seed files, it changed about
 * 1 000 of 1 061 lines.)
 */
import { Document, isMap, isScalar, isSeq, parseDocument, type Pair, type YAMLMap } from 'yaml';

/** An annotation or a difference as plain values, its fields in the order they are written. */
export type AnnotationFields = { readonly id: string } & Readonly<Record<string, unknown>>;

/** The list of items a file holds: an article's annotations, or a story's differences. */
type ListKey = 'annotations' | 'differences';
const ITEM_NAME: Record<ListKey, string> = { annotations: 'annotation', differences: 'difference' };
const FILE_NAME: Record<ListKey, string> = {
  annotations: 'The annotation file',
  differences: 'differences.yaml',
};

/** Long text is folded here, as the seed files are. */
const LINE_WIDTH = 100;

interface Lines {
  readonly lines: string[];
  lineOf(offset: number): number;
}

function linesOf(source: string): Lines {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return {
    lines: source.split('\n'),
    lineOf: (offset) => {
      let line = 0;
      while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
      return line;
    },
  };
}

function itemsOf(source: string, list: ListKey) {
  const doc = parseDocument(source);
  if (doc.errors.length > 0)
    throw new Error(`${FILE_NAME[list]} cannot be read: ${doc.errors[0]!.message}`);
  const seq = doc.get(list, true);
  return { doc, items: isSeq(seq) ? seq.items.filter(isMap) : [] };
}

const idOf = (item: YAMLMap) => String(item.get('id'));

/** The lines a key and its value take, first and last (inclusive). */
function pairLines(pair: Pair, at: Lines): [number, number] {
  const key = pair.key as { range?: [number, number, number] };
  const value = pair.value as { range?: [number, number, number] } | null;
  const start = at.lineOf(key.range![0]);
  const end = value?.range ? at.lineOf(Math.max(value.range[0], value.range[1] - 1)) : start;
  return [start, end];
}

function itemLines(item: YAMLMap, at: Lines): [number, number] {
  const spans = item.items.map((pair) => pairLines(pair, at));
  return [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))];
}

/** `key: value` as YAML lines at `indent` spaces; lists of words in brackets, as the seeds write them. */
function renderPair(key: string, value: unknown, indent: number): string[] {
  const doc = new Document({ [key]: value });
  const pair = (doc.contents as YAMLMap).items[0]!;
  if (isSeq(pair.value) && pair.value.items.every(isScalar)) pair.value.flow = true;
  return doc
    .toString({ lineWidth: LINE_WIDTH - indent, flowCollectionPadding: false })
    .trimEnd()
    .split('\n')
    .map((line) => ' '.repeat(indent) + line);
}

function renderItem(fields: AnnotationFields, indent: number): string[] {
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .flatMap(([key, value]) => renderPair(key, value, indent + 2));
  return [`${' '.repeat(indent)}- ${lines[0]!.trimStart()}`, ...lines.slice(1)];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Adds an annotation after the last one, or changes the one with id `replacing` (default: its own
 * id) field by field: a field whose value is the same keeps its lines; fields not in `fields` and
 * not in `managed` (a teacher's note, distractors) are kept as they are.
 */
export function putAnnotation(
  source: string,
  fields: AnnotationFields,
  managed: readonly string[],
  replacing: string = fields.id,
): string {
  return putItem(source, 'annotations', fields, managed, replacing);
}

/** The same as putAnnotation, in a story's `differences.yaml`. */
export function putDifference(
  source: string,
  fields: AnnotationFields,
  managed: readonly string[],
  replacing: string = fields.id,
): string {
  return putItem(source, 'differences', fields, managed, replacing);
}

/** Removes the annotation with this id, and the blank line before it. */
export function removeAnnotation(source: string, id: string): string {
  return removeItem(source, 'annotations', id);
}

/** Removes the difference with this id from `differences.yaml`, and the blank line before it. */
export function removeDifference(source: string, id: string): string {
  return removeItem(source, 'differences', id);
}

function putItem(
  source: string,
  list: ListKey,
  fields: AnnotationFields,
  managed: readonly string[],
  replacing: string,
): string {
  const { doc, items } = itemsOf(source, list);
  const at = linesOf(source);
  const lines = [...at.lines];
  const existing = items.find((item) => idOf(item) === replacing);
  if (!existing) {
    const indent = items[0] ? itemIndent(items[0], at) : 2;
    const entry = ['', ...renderItem(fields, indent)];
    const after = items.length
      ? itemLines(items[items.length - 1]!, at)[1]
      : afterCommentedExample(at.lines, at.lineOf(listKeyOffset(doc, list)));
    lines.splice(after + 1, 0, ...entry);
    return lines.join('\n');
  }
  const indent =
    at.lines[itemLines(existing, at)[0]]!.search(/\S/) + (isFirstLine(existing, at) ? 2 : 0);
  // Bottom to top, so the line numbers found above stay right.
  const edits: { from: number; to: number; text: string[] }[] = [];
  let lastManaged = itemLines(existing, at)[0];
  for (const pair of existing.items) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const [from, to] = pairLines(pair, at);
    if (!managed.includes(key) && !(key in fields)) continue;
    lastManaged = Math.max(lastManaged, to);
    const value = fields[key];
    const current = (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? pair.value;
    if (value === undefined) edits.push({ from, to, text: [] });
    else if (!same(value, current)) {
      const text = renderPair(key, value, indent);
      // The first field shares its line with the item's dash.
      if (from === itemLines(existing, at)[0] && lines[from]!.trimStart().startsWith('- '))
        text[0] = `${' '.repeat(indent - 2)}- ${text[0]!.trimStart()}`;
      edits.push({ from, to, text });
    }
  }
  const present = new Set(existing.items.map((p) => String(isScalar(p.key) ? p.key.value : p.key)));
  const added = Object.entries(fields)
    .filter(([key, value]) => value !== undefined && !present.has(key))
    .flatMap(([key, value]) => renderPair(key, value, indent));
  if (added.length) edits.push({ from: lastManaged + 1, to: lastManaged, text: added });
  for (const edit of edits.sort((a, b) => b.from - a.from))
    lines.splice(edit.from, edit.to - edit.from + 1, ...edit.text);
  return lines.join('\n');
}

function removeItem(source: string, list: ListKey, id: string): string {
  const { items } = itemsOf(source, list);
  const at = linesOf(source);
  const item = items.find((i) => idOf(i) === id);
  if (!item) throw new Error(`There is no ${ITEM_NAME[list]} \`${id}\` in this file.`);
  const [from, to] = itemLines(item, at);
  const lines = [...at.lines];
  const blankBefore = from > 0 && lines[from - 1]!.trim() === '' ? 1 : 0;
  lines.splice(from - blankBefore, to - from + 1 + blankBefore);
  return lines.join('\n');
}

/** An empty list's last line: its key, or the indented comments under it (a template's example). */
function afterCommentedExample(lines: readonly string[], keyLine: number): number {
  let last = keyLine;
  while (last + 1 < lines.length && /^\s+#/.test(lines[last + 1]!)) last++;
  return last;
}

function isFirstLine(item: YAMLMap, at: Lines): boolean {
  return at.lines[itemLines(item, at)[0]]!.trimStart().startsWith('- ');
}

/** The column of an item's dash. */
function itemIndent(item: YAMLMap, at: Lines): number {
  const line = at.lines[itemLines(item, at)[0]]!;
  return line.search(/\S/);
}

function listKeyOffset(doc: Document.Parsed, list: ListKey): number {
  const pair = (doc.contents as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === list);
  if (!pair) throw new Error(`The file has no \`${list}:\` line: add one at the end.`);
  return (pair.key as { range: [number, number, number] }).range[0];
}
