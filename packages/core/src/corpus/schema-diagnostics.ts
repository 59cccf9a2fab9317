/**
 * Turns zod's validation issues into teacher-facing diagnostics located in the YAML file:
 * "annotation `x` is missing the required field `explanation`", with a did-you-mean for typos.
 */
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics';
import { FIELD_MEANINGS, isPlaceholder, KNOWN_FIELDS } from './corpus-schemas';
import type { YamlFile, YamlPath } from './read-yaml';
import { closestWord, suggestOneOf } from './suggest';

/** Parses `value` (found at `basePath` in `yaml`); on failure returns located diagnostics. */
export function parseLocated<S extends z.ZodType>(
  schema: S,
  value: unknown,
  yaml: YamlFile,
  basePath: YamlPath,
  subject: string,
): { data: z.infer<S> | null; diagnostics: Diagnostic[] } {
  const result = schema.safeParse(value);
  if (result.success) return { data: result.data, diagnostics: [] };
  // A misspelt required field shows up twice (unknown `explaination`, missing `explanation`): report the typo only.
  const meant = new Set<string>();
  for (const issue of result.error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys)
      meant.add([...issue.path, closestWord(key, KNOWN_FIELDS)].join('.'));
  }
  const diagnostics = result.error.issues
    .filter(
      (issue) => !(meant.has(issue.path.join('.')) && valueAt(value, pathOf(issue)) === undefined),
    )
    .flatMap((issue) => issueToDiagnostics(issue, value, yaml, basePath, subject));
  return { data: null, diagnostics };
}

function issueToDiagnostics(
  issue: z.core.$ZodIssue,
  root: unknown,
  yaml: YamlFile,
  basePath: YamlPath,
  subject: string,
): Diagnostic[] {
  let path = pathOf(issue);
  // A field that takes one value or a list (`status`) is read as a list: a problem with its one
  // value is about the field itself, not item 1 of a list the teacher never wrote.
  const inList = typeof path[path.length - 1] === 'number';
  const parent = valueAt(root, path.slice(0, -1));
  if (inList && !Array.isArray(parent)) path = path.slice(0, -1);
  const listItem = inList && Array.isArray(parent);
  const field = fieldName(
    listItem && (issue.code === 'invalid_value' || issue.code === 'custom')
      ? path.slice(0, -1)
      : path,
  );
  const value = valueAt(root, path);
  const error = (
    message: string,
    fix: string | undefined,
    at = yaml.locate([...basePath, ...path]),
    replacement?: string,
  ): Diagnostic => {
    const range = replacement === undefined ? null : yaml.rangeOf([...basePath, ...path]);
    return {
      file: yaml.file,
      ...at,
      severity: 'error',
      message,
      ...(fix ? { fix } : {}),
      ...(range && replacement !== undefined ? { edit: { ...range, text: replacement } } : {}),
    };
  };
  const key = String(path[path.length - (listItem ? 2 : 1)] ?? '');

  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const guess = closestWord(key, KNOWN_FIELDS);
      const kind = (valueAt(root, path) as { kind?: unknown } | undefined)?.kind;
      // A real field of another kind (`status:` on a disclaimer): "did you mean `status`?" would be no help.
      if (guess === key && typeof kind === 'string')
        return error(
          `${subject}: a ${kind} annotation has no \`${fieldName([...path, key])}\` field`,
          `remove it; the fields of each kind are in packages/core/corpus/README.md`,
          yaml.locateKey([...basePath, ...path, key]),
        );
      return error(
        `${subject} has an unknown field \`${fieldName([...path, key])}\``,
        guess
          ? `did you mean \`${guess}\`?`
          : 'remove it; the fields are listed in packages/core/corpus/README.md',
        yaml.locateKey([...basePath, ...path, key]),
      );
    });
  }
  const missing =
    value === undefined ||
    (issue.code === 'custom' &&
      (issue.params as { missing?: boolean } | undefined)?.missing === true);
  if (missing && (issue.code === 'invalid_type' || issue.code === 'custom')) {
    const parentAt = yaml.locate([...basePath, ...path.slice(0, -1)]);
    return [
      error(
        `${subject} is missing the required field \`${field}\``,
        `add \`${path[path.length - 1]}: …\`${issue.code === 'custom' ? `; ${issue.message}` : ''}`,
        parentAt,
      ),
    ];
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map(String);
    if (typeof value === 'string') {
      const guess = closestWord(value, allowed);
      return [
        error(
          `${subject} has an unknown ${field} \`${value}\`${listItem ? ' in its list' : ''}`,
          suggestOneOf(value, allowed),
          undefined,
          guess ?? undefined,
        ),
      ];
    }
    // `status: [anonymous-source, one-side]`: the field takes one of the words, not several.
    const first = Array.isArray(value) ? value.map(String).find((v) => allowed.includes(v)) : null;
    return [
      error(
        Array.isArray(value)
          ? `${subject}: \`${field}\` takes one value, not a list`
          : `${subject} has an unknown ${field} \`${String(value)}\``,
        first
          ? `keep the one that fits best, e.g. \`${key}: ${first}\``
          : `use one of: ${allowed.join(', ')}`,
        undefined,
        first ?? undefined,
      ),
    ];
  }
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    return [
      error(
        `${subject}: \`${field}\` must be ${expected(issue.expected)}, not ${describe(value)}`,
        undefined,
      ),
    ];
  }
  return [
    error(
      `${subject}: \`${field}\` ${issue.message}${issue.code === 'invalid_type' ? `, not ${describe(value)}` : ''}`,
      issue.code === 'custom' ? (issue.params as { fix?: string } | undefined)?.fix : undefined,
    ),
  ];
}

/**
 * The template's words left in a file's details (`byline: FILL IN who wrote it…`): each is an
 * error, but the rest loads, so a teacher can annotate and preview before filling them in.
 */
export function placeholderProblems(
  data: Readonly<Record<string, unknown>>,
  yaml: YamlFile,
  subject: string,
): Diagnostic[] {
  return Object.entries(data)
    .filter(([, value]) => isPlaceholder(value))
    .map(([key, value]) => {
      const meaning = FIELD_MEANINGS[key];
      return {
        file: yaml.file,
        ...yaml.locate([key]),
        severity: 'error' as const,
        message: `${subject}: \`${key}\` still holds the template’s words (“${String(value)}”)`,
        fix: meaning
          ? `write ${meaning.what}${meaning.orNone ? `, or \`${key}: none\` if there is none` : ''}`
          : 'write the real value in place of the template’s words',
      };
    });
}

const pathOf = (issue: z.core.$ZodIssue) =>
  issue.path.filter((p): p is string | number => typeof p !== 'symbol');

function fieldName(path: readonly (string | number)[]): string {
  return (
    path.map((p, i) => (typeof p === 'number' ? `[${p + 1}]` : i === 0 ? p : `.${p}`)).join('') ||
    'file'
  );
}

/** The value at `path` in parsed YAML or JSON, or undefined where the path leads nowhere. */
export function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const step of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}

function expected(type: string): string {
  return (
    (
      {
        string: 'text',
        number: 'a number',
        boolean: 'true or false',
        array: 'a list',
        object: 'a mapping (key: value lines)',
      } as Record<string, string>
    )[type] ?? type
  );
}

function describe(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text “${value}”`;
  return `${typeof value === 'boolean' ? 'the value' : 'the number'} ${String(value)}`;
}
