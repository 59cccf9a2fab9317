import { parseLesson } from './parse-lesson';
import { literalOfProgram } from './literal-value';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx';

function propValue(jsx: string) {
  const { tree } = parseLesson(`${jsx}\n`, 'lessons/x.mdx');
  const element = tree!.children[0] as MdxJsxFlowElement;
  const value = (element.attributes[0] as MdxJsxAttribute).value;
  if (value === null || typeof value !== 'object') throw new Error('not an expression');
  return literalOfProgram(value.data!.estree!);
}

test('reads numbers, negative numbers, strings, booleans, lists and objects without running them', () => {
  expect(propValue('<A x={[1, -6, "a", true, null]} />')).toEqual({
    ok: true,
    value: [1, -6, 'a', true, null],
  });
  expect(propValue('<A x={{ term: "attribution", n: 2 }} />')).toEqual({
    ok: true,
    value: { term: 'attribution', n: 2 },
  });
});

test('refuses a variable, a call, a calculation and a template string, saying where', () => {
  expect(propValue('<A x={[1, last]} />')).toMatchObject({
    ok: false,
    offending: 'the name `last` (a variable)',
    line: 1,
    column: 11,
  });
  expect(propValue('<A x={fetch("https://example.com")} />')).toMatchObject({
    ok: false,
    offending: 'a function call',
  });
  expect(propValue('<A x={1 + 1} />')).toMatchObject({ ok: false, offending: 'a calculation' });
  expect(propValue('<A x={`a${b}`} />')).toMatchObject({
    ok: false,
    offending: 'a template string',
  });
});
