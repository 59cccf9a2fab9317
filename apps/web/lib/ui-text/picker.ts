/** Interface text of the word picker of Spot and Compare exercises. Part of UI (./index.ts). */
export const pickerText = {
  label: (many: string) => `Text: mark the ${many}`,
  blockLabel: {
    headline: 'Headline',
    summary: 'Summary box',
    paragraph: (n: number) => `Paragraph ${n}`,
    other: 'Page text',
  },
  marked: (n: number) =>
    n === 0 ? 'Nothing marked yet.' : n === 1 ? '1 phrase marked.' : `${n} phrases marked.`,
  clear: 'Clear all marks',
  keysHeading: 'How to mark',
  pointerHelp: 'Drag across words, or tap them one by one. Drag or tap over a mark to remove it.',
  keys: [
    ['Tab', 'go into the text'],
    ['← →', 'move word by word'],
    ['↑ ↓', 'previous or next paragraph'],
    ['Space', 'mark or unmark the word'],
    ['Shift + ← →', 'stretch a mark over more words'],
    ['Delete', 'unmark the whole phrase'],
  ],
  announce: {
    marked: (words: string, count: number) =>
      `Marked “${words}”. ${count === 1 ? '1 phrase' : `${count} phrases`} marked.`,
    unmarked: (words: string, count: number) =>
      `Unmarked “${words}”. ${count === 1 ? '1 phrase' : `${count} phrases`} marked.`,
    cleared: 'All marks cleared.',
  },
} as const;
