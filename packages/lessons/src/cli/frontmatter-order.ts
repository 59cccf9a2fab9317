/** The `order:` of a lesson file, read without checking the rest (a half-written lesson still counts). */
export function parseFrontmatterOrder(source: string): number | null {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const match = /^order\s*:\s*(-?\d+)\s*(?:#.*)?$/m.exec(frontmatter);
  return match ? Number(match[1]) : null;
}
