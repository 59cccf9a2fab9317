/**
 * Reads a teacher's YAML file keeping every node's position, so any later problem (a wrong
 * type, an unknown kind, a quote that is not in the text) can point at its line and column.
 */
import { readFileSync } from 'node:fs';
import {
  isMap,
  isPair,
  isScalar,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
} from 'yaml';
import { emptyFile, type Diagnostic } from '../diagnostics';

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
  const diagnostics: Diagnostic[] = [];
  if (source.startsWith('\uFEFF')) source = source.slice(1);
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  // Later syntax errors are nearly always echoes of the first, so only the first is reported.
  const [firstError, ...echoes] = doc.errors;
  if (firstError) {
    diagnostics.push({
      file,
      ...at(firstError.pos[0]),
      severity: 'error',
      message: `YAML syntax: ${describeYamlError(firstError.code, firstError.message, source, firstError.pos[0])}${echoes.length ? ` (and ${echoes.length} more problem(s) after it, probably caused by this one)` : ''}`,
      fix: yamlFix(firstError.code),
    });
  }

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
  const data = doc.errors.length > 0 || empty ? undefined : toData(doc);
  return { yaml: { file, data, locate, locateKey }, diagnostics };
}

function toData(doc: Document): unknown {
  // Core schema (YAML 1.2): `2024-11-20` stays a string and `no` stays a string, as teachers expect.
  return doc.toJS({ maxAliasCount: 100 });
}

function describeYamlError(code: string, message: string, source: string, offset: number): string {
  if (code === 'DUPLICATE_KEY') {
    const key = /^[^\s:]+/.exec(source.slice(offset))?.[0];
    return key
      ? `the field \`${key}\` appears twice in the same place`
      : 'a field appears twice in the same place';
  }
  if (code === 'BLOCK_AS_IMPLICIT_KEY')
    return 'a second “: ” on this line makes YAML read the rest as another field';
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function yamlFix(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'keep one of the two (if they belong to different annotations, the second needs its own `- id:` line)';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'a text containing “: ” must be wrapped in quotes, or written on the next lines after `>-`';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return 'check the indentation and that a text containing `: ` or starting with a quote mark is wrapped in quotes';
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    default:
      return 'check the indentation, dashes and colons on this line and the one before';
  }
}
