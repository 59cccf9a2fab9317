/**
 * A temporary copy of the working tree (tracked and untracked files, minus what git ignores), so
 * the bench can build, and add generated lessons, without touching the real `lessons/` or the
 * `.next` other people are building and serving.
 *
 * The copy lives inside the repo (bench/tmp/repo), so Node and Next resolve its dependencies from
 * the repo's own node_modules by walking up: nothing is installed. Only the workspace links
 * (`node_modules/@sayswho/*`) are recreated inside the copy, pointing at the copy's packages, so
 * the copy's app builds the copy's lessons and packages, not the originals; and a workspace's own
 * `node_modules` (where npm puts a version that clashes with the root's, e.g. the classroom's
 * `@types/pg`) is linked into the copy's workspace, or the copy would resolve the root's instead.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { repoRoot } from './bench-paths';

function workingTreeFiles(): string[] {
  const listing = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return listing
    .split('\0')
    .filter((path) => path && !path.startsWith('bench/'))
    .filter((path) => existsSync(join(repoRoot, path)) && statSync(join(repoRoot, path)).isFile());
}

/** `node_modules` entries that are npm-workspace symlinks into the repo, e.g. `@sayswho/core` → `packages/core`. */
function workspaceLinks(): { name: string; target: string }[] {
  const modules = join(repoRoot, 'node_modules');
  const names = readdirSync(modules).flatMap((name) =>
    name.startsWith('@')
      ? readdirSync(join(modules, name)).map((inner) => `${name}/${inner}`)
      : [name],
  );
  return names.flatMap((name) => {
    const path = join(modules, name);
    if (!lstatSync(path).isSymbolicLink()) return [];
    const target = relative(repoRoot, realpathSync(path));
    const insideRepo = !target.startsWith('..') && !target.split(sep).includes('node_modules');
    return insideRepo ? [{ name, target }] : [];
  });
}

/** Each package of a workspace's own node_modules; `.cache` (the tests' scratch space) stays out. */
function linkNestedModules(from: string, to: string) {
  if (!existsSync(from)) return;
  for (const entry of readdirSync(from)) {
    if (entry === '.cache') continue;
    mkdirSync(to, { recursive: true });
    symlinkSync(join(from, entry), join(to, entry), 'dir');
  }
}

export function copyWorkingTree(dest: string): { files: number } {
  rmSync(dest, { recursive: true, force: true });
  const files = workingTreeFiles();
  for (const path of files) {
    mkdirSync(dirname(join(dest, path)), { recursive: true });
    cpSync(join(repoRoot, path), join(dest, path));
  }
  for (const { name, target } of workspaceLinks()) {
    if (!existsSync(join(dest, target))) continue;
    mkdirSync(dirname(join(dest, 'node_modules', name)), { recursive: true });
    symlinkSync(join(dest, target), join(dest, 'node_modules', name), 'dir');
    linkNestedModules(join(repoRoot, target, 'node_modules'), join(dest, target, 'node_modules'));
  }
  return { files: files.length };
}
