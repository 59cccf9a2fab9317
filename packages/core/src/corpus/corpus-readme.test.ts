import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  ANNOTATION_SCHEMAS,
  articleSchema,
  differenceSchema,
  differencesSchema,
  selector,
  storySchema,
} from './corpus-schemas';

// The teachers' guide must follow its own instructions: every YAML example in it is valid.
const README = readFileSync(path.join(__dirname, '../../corpus/README.md'), 'utf8');
const examples = [...README.matchAll(/```yaml\n([\s\S]*?)```/g)].map(
  (m) => parse(m[1]!) as unknown,
);

test('the guide has an example of every annotation kind', () => {
  const kinds = examples
    .filter(Array.isArray)
    .flat()
    .map((a) => (a as { kind: string }).kind);
  expect(new Set(kinds)).toEqual(new Set(Object.keys(ANNOTATION_SCHEMAS)));
});

test('every example in the guide passes the checks it describes', () => {
  const problems: string[] = [];
  const check = (
    schema: { safeParse(v: unknown): { success: boolean; error?: unknown } },
    value: unknown,
  ) => {
    const result = schema.safeParse(value);
    if (!result.success)
      problems.push(`${JSON.stringify(value).slice(0, 80)}: ${String(result.error)}`);
  };
  for (const example of examples) {
    if (Array.isArray(example)) {
      for (const a of example as { kind: keyof typeof ANNOTATION_SCHEMAS }[])
        check(ANNOTATION_SCHEMAS[a.kind], a);
    } else if (example && typeof example === 'object') {
      const e = example as Record<string, unknown>;
      if ('cue' in e) check(selector, e.cue);
      else if ('articles' in e) check(storySchema, e);
      else if ('outlet' in e) check(articleSchema, e);
      else if ('differences' in e) {
        check(differencesSchema, e);
        for (const d of e.differences as unknown[]) check(differenceSchema, d);
      }
    }
  }
  expect(problems).toEqual([]);
  expect(examples.length).toBeGreaterThanOrEqual(11);
});
