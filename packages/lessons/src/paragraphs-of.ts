/**
 * One paragraph per line, as the corpus wants it. A text whose paragraphs are separated by blank
 * lines may wrap lines inside a paragraph (an e-mail, a copy from a PDF): those are joined.
 *
 * Browser-safe (no imports): the authoring page shows the split as the teacher pastes.
 */
export function paragraphsOf(raw: string): string[] {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const chunks = /\n[ \t]*\n/.test(text)
    ? text.split(/\n[ \t]*\n/).map((c) =>
        c
          .split('\n')
          .map((l) => l.trim())
          .join(' '),
      )
    : text.split('\n');
  return chunks.map((c) => c.trim()).filter(Boolean);
}
