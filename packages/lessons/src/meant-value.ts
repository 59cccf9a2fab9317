/**
 * What a teacher meant when only the form of a prop is wrong: `paragraphs="3-7"` and
 * `paragraph={6}` mean a range, `attempts="3"` a number, `headline="false"` a flag,
 * `layers="attribution"` a list. A fix built from it keeps the teacher's own values, so it passes
 * the check where the component's generic example (`paragraphs={[1, 6]}`) might not.
 */
import type { z } from 'zod';
import type { LiteralValue } from './literal-value';

const RANGE = /^\s*(\d+)\s*(?:-|–|—|to|,|\.\.)\s*(\d+)\s*$/i;

/** The value in the right form, or undefined when no reading of it fits `schema`. */
export function meantValue(
  prop: string,
  value: LiteralValue,
  schema: z.ZodType,
): LiteralValue | undefined {
  const candidates: LiteralValue[] = [];
  if (prop === 'paragraphs') {
    const range = typeof value === 'string' ? RANGE.exec(value) : null;
    if (range) candidates.push([Number(range[1]), Number(range[2])]);
    const single = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
    if (typeof single === 'number') candidates.push([single, single]);
    if (Array.isArray(value) && value.length === 1) candidates.push([value[0]!, value[0]!]);
  }
  if (typeof value === 'string') {
    if (/^\s*-?\d+\s*$/.test(value)) candidates.push(Number(value));
    if (value === 'true' || value === 'false') candidates.push(value === 'true');
    candidates.push([value]);
  }
  return candidates.find((candidate) => schema.safeParse(candidate).success);
}

/** A prop as a lesson writes it: `article="x"`, `headline`, `paragraphs={[3, 7]}`. */
export function writeProp(name: string, value: LiteralValue): string {
  if (typeof value === 'string') return `${name}="${value}"`;
  if (value === true) return name;
  return `${name}={${writeValue(value)}}`;
}

function writeValue(value: LiteralValue): string {
  if (Array.isArray(value)) return `[${value.map(writeValue).join(', ')}]`;
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}
