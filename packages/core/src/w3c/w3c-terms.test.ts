import fc from 'fast-check';
import { selectorsFor, spanFromSelectors } from './w3c-terms';

/** The definition: the whole text before the span, in code points. */
function selectorsByDefinition(text: string, span: { start: number; end: number }) {
  const before = Array.from(text.slice(0, span.start));
  const after = Array.from(text.slice(span.end));
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(span.start, span.end),
      prefix: before.slice(-32).join(''),
      suffix: after.slice(0, 32).join(''),
    },
    {
      type: 'TextPositionSelector',
      start: before.length,
      end: before.length + Array.from(text.slice(span.start, span.end)).length,
    },
  ];
}

// Letters, spaces, an emoji (two UTF-16 units) and lone halves of one, so windows cut pairs.
const unit = fc.constantFrom('a', 'é', ' ', '😀', '\ud83d', '\ude00');
const textAndSpan = fc
  .array(unit, { maxLength: 120 })
  .map((units) => units.join(''))
  .chain((text) =>
    fc
      .tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }))
      .map(([a, b]) => ({ text, span: { start: Math.min(a, b), end: Math.max(a, b) } })),
  );

test('gives the selectors the whole-text reading gives, whatever the emoji and cut pairs', () => {
  fc.assert(
    fc.property(textAndSpan, ({ text, span }) => {
      expect(selectorsFor(text, span)).toEqual(selectorsByDefinition(text, span));
    }),
    { numRuns: 2000 },
  );
});

test('the selectors lead back to the span', () => {
  const text = 'Ukraine 😀 says the strikes 😀 continued.';
  const span = { start: text.indexOf('strikes'), end: text.indexOf('strikes') + 7 };
  expect(spanFromSelectors(text, selectorsFor(text, span))).toEqual(span);
});
