/**
 * Reads a teacher's YAML file keeping every node's position, so any later problem (a wrong
 * type, an unknown kind, a quote that is not in the text) can point at its line and column.
 */
import { readFileSync } from 'node:fs';
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type Scalar,
} from 'yaml';
import { emptyFile, type Diagnostic } from '../diagnostics';
import { yamlSlips, yamlSyntaxProblems, type YamlProblem } from './explain-yaml';

export type YamlPath = readonly (string | number)[];

export interface YamlFile {
  /** Repo-relative path, for diagnostics. */
  readonly file: string;
  /** The plain data, or undefined when the file could not be parsed at all. */
  readonly data: unknown;
  /** Line and column of the node at `path`, or of its nearest existing ancestor. */
  locate(path: YamlPath): { line: number; column: number };
  /** Same, but for the key of the last path step (where a misspelt field name is). */
  locateKey(path: YamlPath): { line: number; column: number };
  /** Where the value at `path` is written in the file, for an edit that replaces it; null if nowhere. */
  rangeOf(path: YamlPath): { offset: number; length: number } | null;
  /** Items of a top-level list (an annotation, a difference) left out because of a YAML mistake. */
  readonly leftOut: readonly { list: string; id: string; cause: Diagnostic }[];
}

export function readYamlFile(
  absolutePath: string,
  file: string,
): { yaml: YamlFile; diagnostics: Diagnostic[] } {
  return parseYaml(readFileSync(absolutePath, 'utf8'), file);
}

export function parseYaml(
  source: string,
  file: string,
): { yaml: YamlFile; diagnostics: Diagnostic[] } {
  // An editor's byte-order mark is not the teacher's text: offsets of edits count it all the same.
  const bom = source.startsWith('\uFEFF') ? 1 : 0;
  if (bom) source = source.slice(1);
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  const problems =
    doc.errors.length > 0
      ? yamlSyntaxProblems(source, doc.errors, lineCounter)
      : yamlSlips(doc, source, lineCounter);
  const recovered = problems.length > 0 ? recover(doc, source, problems) : null;
  const diagnostics: Diagnostic[] = problems.map((problem, i) => {
    const leftOut = recovered?.leftOut.filter((item) => item.problem === i) ?? [];
    const consequence = !recovered
      ? i === 0
        ? ' Until it is fixed, nothing in this file can be read.'
        : ''
      : leftOut.length > 0
        ? ` Until it is fixed, ${describeLeftOut(leftOut)} left out; the rest of the file loads.`
        : '';
    return {
      file,
      ...at(problem.offset),
      severity: 'error',
      message: `${problem.message}.${consequence}`,
      fix: problem.fix,
      ...(problem.edit ? { edit: { ...problem.edit, offset: problem.edit.offset + bom } } : {}),
    };
  });

  const nodeAt = (path: YamlPath): Node | null => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (node && typeof node === 'object' && 'range' in node && node.range) return node as Node;
    }
    return null;
  };
  const locate = (path: YamlPath) => {
    const node = nodeAt(path);
    return node?.range ? at(node.range[0]) : { line: 1, column: 1 };
  };
  const locateKey = (path: YamlPath) => {
    const parent = doc.getIn(path.slice(0, -1), true);
    if (isMap(parent)) {
      const pair = parent.items.find(
        (p) => isPair(p) && isScalar(p.key) && p.key.value === path[path.length - 1],
      );
      if (pair && isScalar(pair.key) && pair.key.range) return at(pair.key.range[0]);
    }
    return locate(path);
  };

  const empty =
    doc.errors.length === 0 &&
    (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null));
  if (empty) {
    diagnostics.push(emptyFile(file, 'fill it in as described in packages/core/corpus/README.md'));
  }
  const data = empty || (problems.length > 0 && !recovered) ? undefined : toData(doc);
  const leftOut = (recovered?.leftOut ?? []).map(({ list, id, problem }) => ({
    list,
    id,
    cause: diagnostics[problem]!,
  }));
  const rangeOf = (path: YamlPath) => {
    const node = doc.getIn(path, true);
    const range = node && typeof node === 'object' && 'range' in node ? (node as Node).range : null;
    return range ? { offset: range[0] + bom, length: range[1] - range[0] } : null;
  };
  return { yaml: { file, data, locate, locateKey, rangeOf, leftOut }, diagnostics };
}

interface RecoveredItem {
  /** The top-level list it belongs to, e.g. `annotations`. */
  readonly list: string;
  readonly id: string;
  /** Index of the problem that cost it. */
  readonly problem: number;
}

/**
 * Loads what parses: a mistake inside one item of a top-level list (one annotation, one
 * difference) costs that item, and the items a broken line swallowed, never the rest. `doc` loses
 * the spoilt items and the stray fields a broken line made; null when a mistake lies outside
 * every list (the article's details), where nothing can be trusted.
 */
function recover(
  doc: Document,
  source: string,
  problems: readonly YamlProblem[],
): { leftOut: RecoveredItem[] } | null {
  if (!isMap(doc.contents)) return null;
  const contents = doc.contents;
  const topKeys = [...source.matchAll(/^([A-Za-z_][\w-]*)[ \t]*:/gm)].map((m) => ({
    key: m[1]!,
    start: m.index,
  }));
  const regions = topKeys.map((k, i) => ({
    ...k,
    end: topKeys[i + 1]?.start ?? source.length,
    list: isSeq(doc.get(k.key, true)),
  }));
  const regionOf = (offset: number) => regions.find((r) => offset >= r.start && offset < r.end);
  if (!problems.every((p) => regionOf(p.range[0])?.list)) return null;

  const overlaps = (range: Node['range'], p: YamlProblem) =>
    !!range && range[0] <= p.range[1] && p.range[0] <= range[1];
  // A broken line can turn the rest of the file into fields of its own: only the keys written at
  // the start of a line are the teacher's.
  contents.items = contents.items.filter(
    (pair) => isScalar(pair.key) && topKeys.some((k) => k.key === (pair.key as Scalar).value),
  );
  const kept = new Map<string, Set<string>>();
  for (const region of regions.filter((r) => r.list)) {
    const seq = doc.get(region.key, true);
    if (!isSeq(seq)) continue;
    seq.items = seq.items.filter(
      (item) => !problems.some((p) => overlaps((item as Node).range, p)),
    );
    kept.set(
      region.key,
      new Set(seq.items.flatMap((item) => (isMap(item) ? [String(item.get('id'))] : []))),
    );
  }
  const problemStarts = problems.map((p) => p.range[0]);
  const leftOut: RecoveredItem[] = [];
  for (const region of regions.filter((r) => r.list)) {
    for (const match of source
      .slice(region.start, region.end)
      .matchAll(/^[ \t]*(?:- +)?id[ \t]*:[ \t]*["']?([^"'\s#]+)/gm)) {
      const id = match[1]!;
      if (kept.get(region.key)?.has(id)) continue;
      const offset = region.start + match.index;
      // The mistake inside the item, or the one before it that swallowed it.
      const after = problemStarts.findIndex((start) => start >= offset);
      const problem =
        after >= 0 && problems[after]!.range[0] < (nextItemStart(source, offset) ?? Infinity)
          ? after
          : Math.max(0, problemStarts.filter((start) => start < offset).length - 1);
      leftOut.push({ list: region.key, id, problem });
    }
  }
  return { leftOut };
}

function nextItemStart(source: string, offset: number): number | null {
  const match = /^[ \t]*- /m.exec(source.slice(offset + 1));
  return match ? offset + 1 + match.index : null;
}

/** "annotation `a` is" / "annotations `a` and `b` are" */
function describeLeftOut(items: readonly RecoveredItem[]): string {
  const noun = items[0]!.list.replace(/s$/, '');
  const ids = items.map((item) => `\`${item.id}\``);
  const list =
    ids.length > 1 ? `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}` : ids[0];
  return `${noun}${ids.length > 1 ? 's' : ''} ${list} ${ids.length > 1 ? 'are' : 'is'}`;
}

function toData(doc: Document): unknown {
  // Core schema (YAML 1.2): `2024-11-20` stays a string and `no` stays a string, as teachers expect.
  return doc.toJS({ maxAliasCount: 100 });
}
