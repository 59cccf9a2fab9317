import { act, render } from '@testing-library/react';
import { useState } from 'react';
import type { Span } from '@sayswho/core';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { passageWords } from './passage-words';
import { WordPicker } from './word-picker';

const text = 'The Elm Street bridge will reopen on Monday, Mayor Jane Ortiz said.';
const passage = passageWords({
  text,
  blocks: [{ index: 0, role: 'paragraph', paragraph: 1, start: 0, end: text.length }],
});

function Picker() {
  return (
    <WordPicker
      text={text}
      passage={passage}
      label="Mark the words"
      spans={[]}
      onChange={() => {}}
    />
  );
}

describe('the word picker, hydrated while its passage is still arriving', () => {
  it('moves through the words the browser parsed after hydration, not only those before it', async () => {
    // The page as the browser has parsed it so far: the passage stops after “reopen”.
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Picker />);
    document.body.append(container);
    const box = container.querySelector<HTMLElement>('[role="listbox"]')!;
    const words = [...box.querySelectorAll('[data-w]')];
    const rest = words.slice(6).map((w) => w.outerHTML);
    for (const word of words.slice(6)) word.remove();

    const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
    await act(async () => {
      hydrateRoot(container, <Picker />);
    });
    spy.mockRestore();
    // …then the rest of the stream is parsed.
    box.insertAdjacentHTML('beforeend', rest.join(' '));

    box.focus();
    for (let i = 0; i < 8; i++) {
      act(() => {
        box.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      });
    }
    const active = box.getAttribute('aria-activedescendant');
    expect(document.getElementById(active!)).toHaveTextContent('Mayor');
  });
});

describe('the word picker, under a page that keeps its marks in React state', () => {
  it('keeps the marks made after a change was sent, when the page renders that change late', async () => {
    // The Annotate page keeps the marks in useState: a change the picker sends from its
    // frame-later timer renders in a later task, and keys can come in between.
    function StatefulPage() {
      const [spans, setSpans] = useState<readonly Span[]>([]);
      return (
        <WordPicker
          text={text}
          passage={passage}
          label="Mark the words"
          spans={spans}
          onChange={setSpans}
        />
      );
    }
    const { container } = render(<StatefulPage />);
    const box = container.querySelector<HTMLElement>('[role="listbox"]')!;
    const key = (key: string, shiftKey = false) =>
      box.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true }));
    box.focus();
    key(' ');
    key('ArrowRight', true);
    // The picker's send runs in the timer its frame sets; this one is set in a later frame
    // callback, so it runs after that send and before React renders what it sent.
    await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done)));
    key('ArrowRight', true);
    key('ArrowRight', true);
    await act(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done))));
    const marked = [...box.querySelectorAll('[aria-selected="true"]')].map((w) => w.textContent);
    expect(marked).toEqual(['The', 'Elm', 'Street', 'bridge']);
  });
});

describe('the focus ring of the word picker', () => {
  it('is on the active word while the passage has focus, follows the keys and leaves with focus', () => {
    const { container, unmount } = render(<Picker />);
    const box = container.querySelector<HTMLElement>('[role="listbox"]')!;
    const ringed = () => [...box.querySelectorAll('.wp-word--ring')].map((w) => w.textContent);
    expect(ringed()).toEqual([]);
    act(() => box.focus());
    expect(ringed()).toEqual(['The']);
    act(() => {
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    });
    expect(ringed()).toEqual(['said']);
    act(() => box.blur());
    expect(ringed()).toEqual([]);
    act(() => box.focus());
    expect(ringed()).toEqual(['said']);
    unmount();
  });
});
