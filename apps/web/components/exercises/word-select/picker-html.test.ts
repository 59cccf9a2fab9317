import { passageWords } from './passage-words';
import { pickerHtml } from './picker-html';

/** The picker's HTML as the browser reads it, in a document where nothing runs or loads. */
function parsed(text: string, idPrefix = 'p') {
  const passage = passageWords({
    text,
    blocks: [{ index: 0, role: 'paragraph', paragraph: 1, start: 0, end: text.length }],
  });
  const body = new DOMParser().parseFromString(
    pickerHtml(text, passage, idPrefix),
    'text/html',
  ).body;
  return { body, words: passage.words.map((w) => text.slice(w.start, w.end)) };
}

describe('the picker’s words as HTML', () => {
  it('shows markup in an article’s text as the text itself, word for word', () => {
    const text = `He said <img src=x onerror="alert(1)"> & "quoted" 'words' a>b</span>`;
    const { body, words } = parsed(text);
    expect(body.querySelector('img, script')).toBeNull();
    expect(body.textContent).toBe(text);
    const shown = [...body.querySelectorAll('[role="option"]')].map((w) => w.textContent);
    expect(shown).toEqual(words);
    expect(shown).toContain('onerror="alert(1');
  });

  it('keeps an id prefix with quotes inside its attribute', () => {
    const { body } = parsed('One word', `a"b'c<d>&`);
    expect(body.querySelector('[role="option"]')!.id).toBe(`a"b'c<d>&w0`);
    expect(body.querySelectorAll('[role="option"]')).toHaveLength(2);
  });
});
