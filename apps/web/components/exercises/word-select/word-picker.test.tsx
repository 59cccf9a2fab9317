import { act } from '@testing-library/react';
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
