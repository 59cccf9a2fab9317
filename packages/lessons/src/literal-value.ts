/**
 * Turns the estree of a prop expression (`paragraphs={[1, 6]}`) into a plain value without
 * evaluating anything: only literals, arrays and objects of literals, and a minus sign on a
 * number are values; anything else is code, and lessons are content, not code.
 */
import type { Expression, Node, Program } from 'estree';

export type LiteralValue =
  string | number | boolean | null | LiteralValue[] | { [key: string]: LiteralValue };

export type LiteralResult =
  | { readonly ok: true; readonly value: LiteralValue }
  | {
      readonly ok: false;
      readonly offending: string;
      readonly line: number | null;
      readonly column: number | null;
    };

function refuse(node: Node, offending: string): LiteralResult {
  const start = node.loc?.start;
  // estree columns are 0-based; diagnostics are 1-based.
  return {
    ok: false,
    offending,
    line: start?.line ?? null,
    column: start ? start.column + 1 : null,
  };
}

function describe(node: Node): string {
  switch (node.type) {
    case 'Identifier':
      return `the name \`${node.name}\` (a variable)`;
    case 'CallExpression':
      return 'a function call';
    case 'TemplateLiteral':
      return 'a template string';
    case 'ArrowFunctionExpression':
    case 'FunctionExpression':
      return 'a function';
    case 'BinaryExpression':
    case 'LogicalExpression':
      return 'a calculation';
    default:
      return `a JavaScript ${node.type}`;
  }
}

export function literalOf(node: Expression | Node): LiteralResult {
  switch (node.type) {
    case 'Literal':
      if ('regex' in node || 'bigint' in node) return refuse(node, describe(node));
      return { ok: true, value: node.value as string | number | boolean | null };
    case 'UnaryExpression':
      if (
        node.operator === '-' &&
        node.argument.type === 'Literal' &&
        typeof node.argument.value === 'number'
      ) {
        return { ok: true, value: -node.argument.value };
      }
      return refuse(node, describe(node));
    case 'ArrayExpression': {
      const values: LiteralValue[] = [];
      for (const element of node.elements) {
        if (!element || element.type === 'SpreadElement')
          return refuse(element ?? node, 'a gap or spread in a list');
        const result = literalOf(element);
        if (!result.ok) return result;
        values.push(result.value);
      }
      return { ok: true, value: values };
    }
    case 'ObjectExpression': {
      const value: Record<string, LiteralValue> = {};
      for (const property of node.properties) {
        if (
          property.type !== 'Property' ||
          property.computed ||
          property.kind !== 'init' ||
          property.method
        ) {
          return refuse(property, 'a computed or spread property');
        }
        const key =
          property.key.type === 'Identifier'
            ? property.key.name
            : property.key.type === 'Literal'
              ? String(property.key.value)
              : null;
        if (key === null) return refuse(property.key, describe(property.key));
        const result = literalOf(property.value);
        if (!result.ok) return result;
        value[key] = result.value;
      }
      return { ok: true, value };
    }
    default:
      return refuse(node, describe(node));
  }
}

/** The value of `{…}` in a prop; `{}` and `{/* a comment *\/}` hold no value. */
export function literalOfProgram(
  program: Program,
): LiteralResult | { readonly ok: true; readonly value: undefined } {
  const statement = program.body[0];
  if (!statement) return { ok: true, value: undefined };
  if (program.body.length > 1 || statement.type !== 'ExpressionStatement')
    return refuse(statement, 'a JavaScript statement');
  return literalOf(statement.expression);
}

/** Whether a `{…}` in the text holds only comments, the one expression a lesson may contain. */
export function isCommentOnly(program: Program | undefined): boolean {
  return program !== undefined && program.body.length === 0;
}
