/**
 * What the pickers draw as CSS Custom Highlights, in a browser that has the API. jsdom has none,
 * so the registry is stood in for by the API's own shape (a Highlight is a set of ranges, the
 * registry a map of names); the real browser's painting is the browser tests' part.
 */
import { act, render } from '@testing-library/react';
import type { FeedbackMark } from './feedback-marks';
import type { PassageWords } from './passage-words';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}
const registry = new Map<string, FakeHighlight>();
const forcedColors = { matches: false };
Object.assign(globalThis, {
  Highlight: FakeHighlight,
  CSS: { highlights: registry },
  matchMedia: (query: string) => (query === '(forced-colors: active)' ? forcedColors : null),
});

// Loaded after the stand-in exists: the highlights are made when the module is.
let WordPicker: typeof import('./word-picker').WordPicker;
let drawFeedback: typeof import('./feedback-marks').drawFeedback;
let passage: PassageWords;
beforeAll(async () => {
  ({ WordPicker } = await import('./word-picker'));
  ({ drawFeedback } = await import('./feedback-marks'));
  passage = (await import('./passage-words')).passageWords({ text, blocks });
});

const text = 'The Elm Street bridge will reopen. Mayor Jane Ortiz said so.';
const blocks = [
  { index: 0, role: 'paragraph' as const, paragraph: 1, start: 0, end: 34 },
  { index: 1, role: 'paragraph' as const, paragraph: 2, start: 35, end: text.length },
];

/** The text each range of highlight `name` covers, in the order drawn. */
function drawn(name: string): string[] {
  return [...(registry.get(name) ?? [])].map((r) => {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range.toString();
  });
}

function press(box: HTMLElement, key: string, shiftKey = false) {
  act(() => {
    box.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true }));
  });
}

function renderPicker() {
  const view = render(
    <WordPicker text={text} passage={passage} label="Mark" spans={[]} onChange={() => {}} />,
  );
  const box = view.container.querySelector<HTMLElement>('[role="listbox"]')!;
  box.focus();
  return { ...view, box };
}

describe('the picker drawn as highlights', () => {
  it('draws a marked phrase as one highlight, gaps included, and the focus ring on the active word while the passage has focus', () => {
    const { box, unmount } = renderPicker();
    expect(drawn('wp-focus')).toEqual(['The']);
    press(box, 'ArrowRight');
    press(box, ' ');
    press(box, 'ArrowRight', true);
    expect(drawn('wp-mark')).toEqual(['Elm Street']);
    // The ring on a marked word is the highlight that keeps the mark's underline.
    expect(drawn('wp-focus-marked')).toEqual(['Street']);
    expect(drawn('wp-focus')).toEqual([]);
    press(box, 'ArrowRight');
    expect(drawn('wp-focus')).toEqual(['bridge']);
    expect(drawn('wp-focus-marked')).toEqual([]);
    expect(registry.get('wp-focus')!.priority).toBeGreaterThan(registry.get('wp-mark')!.priority);
    // The ring shows only while the passage has focus; the marks stay.
    act(() => box.blur());
    expect(drawn('wp-focus')).toEqual([]);
    expect(drawn('wp-mark')).toEqual(['Elm Street']);
    act(() => box.focus());
    expect(drawn('wp-focus')).toEqual(['bridge']);
    unmount();
    expect([...drawn('wp-mark'), ...drawn('wp-focus'), ...drawn('wp-focus-marked')]).toEqual([]);
  });

  it('leaves the focus ring to the outline where forced colours would paint it like a mark', () => {
    forcedColors.matches = true;
    try {
      const { box, unmount } = renderPicker();
      press(box, ' ');
      expect(drawn('wp-mark')).toEqual(['The']);
      expect([...drawn('wp-focus'), ...drawn('wp-focus-marked')]).toEqual([]);
      expect(box.querySelector('.wp-word--active')).toHaveTextContent('The');
      unmount();
    } finally {
      forcedColors.matches = false;
    }
  });

  it('takes a mark back when it is unmarked, and marks across a paragraph end as far as the phrase goes', () => {
    const { box, unmount } = renderPicker();
    press(box, 'End');
    press(box, 'Delete');
    press(box, 'ArrowLeft');
    press(box, 'ArrowLeft');
    press(box, 'ArrowLeft');
    press(box, 'ArrowLeft');
    press(box, 'ArrowLeft', true);
    // One range per paragraph, each ending at a word: the full stop between them is not drawn.
    expect(drawn('wp-mark')).toEqual(['reopen', 'Mayor']);
    press(box, 'Delete');
    expect(drawn('wp-mark')).toEqual([]);
    unmount();
  });

  it('keeps the marks of two pickers on one page apart', () => {
    const first = renderPicker();
    press(first.box, ' ');
    const second = renderPicker();
    press(second.box, 'End');
    press(second.box, ' ');
    expect(drawn('wp-mark').sort()).toEqual(['The', 'so']);
    first.unmount();
    expect(drawn('wp-mark')).toEqual(['so']);
    second.unmount();
  });
});

describe('feedback drawn as highlights', () => {
  it('draws each verdict over its whole phrase and takes it back on Try again', () => {
    const { box, unmount } = renderPicker();
    const elements = [...box.querySelectorAll<HTMLElement>('[data-w]')];
    const marks: FeedbackMark[] = [
      { span: { start: 4, end: 21 }, status: 'found', note: 1, symbol: '✓' },
      { span: { start: 35, end: 40 }, status: 'not-an-instance', note: 2, symbol: '✗' },
    ];
    const erase = drawFeedback(elements, passage.words, marks, 'note-');
    expect(drawn('fb-found')).toEqual(['Elm Street bridge']);
    expect(drawn('fb-not-an-instance')).toEqual(['Mayor']);
    // Drawn over the student's marks, under the focus ring.
    const priority = (name: string) => registry.get(name)!.priority;
    expect(priority('fb-found')).toBeGreaterThan(priority('wp-mark'));
    expect(priority('fb-found')).toBeLessThan(priority('wp-focus'));
    erase();
    expect([...drawn('fb-found'), ...drawn('fb-not-an-instance')]).toEqual([]);
    unmount();
  });
});
