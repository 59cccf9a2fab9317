// The static export serves every page at its folder address (`trailingSlash` in next.config.ts);
// `next start` serves it without the slash.
const staticExport = process.env.NEXT_OUTPUT === 'export';

/** The address of a page of the kit as this build serves it. Server side only (build time). */
export function pageHref(path: string): string {
  return staticExport && !path.endsWith('/') ? `${path}/` : path;
}
