/**
 * The baseline: an empty App Router page of the same Next and React the kit uses, built fresh in
 * every run so the comparison never goes stale when Next is upgraded. It resolves `next` and
 * `react` from the repo's node_modules (it lives inside the repo, under bench/tmp), so nothing is
 * installed. It has a title, a description and an icon so that Lighthouse's SEO and
 * best-practices scores measure the framework, not a forgotten favicon.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchTmp, nextBin } from './bench-paths';
import { buildNextApp, type BuildTiming } from './next-build';

export const emptyAppDir = join(benchTmp, 'empty-app');

// Plain JSX, so that the baseline build spends no time type-checking: its build time is not a figure.
const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bench-empty-app', private: true }, null, 2),
  'app/layout.jsx': `export const metadata = { title: 'Empty page', description: 'The smallest App Router page: the baseline of the bench.' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  'app/page.jsx': `export default function Page() {
  return <main><h1>Empty page</h1></main>;
}
`,
  'app/icon.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" fill="#1d3557"/></svg>\n',
};

export async function buildEmptyApp(): Promise<BuildTiming> {
  rmSync(emptyAppDir, { recursive: true, force: true });
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(join(emptyAppDir, path, '..'), { recursive: true });
    writeFileSync(join(emptyAppDir, path), text);
  }
  return buildNextApp(emptyAppDir, [process.execPath, nextBin, 'build'], {
    label: 'empty-page build',
    logFile: join(benchTmp, 'logs/empty-app-build.log'),
  });
}
