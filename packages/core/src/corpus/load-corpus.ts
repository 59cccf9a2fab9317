/**
 * Loads the whole corpus from `packages/core/corpus/`: every story folder, its articles and
 * their annotations, and the comparison of each story's versions. Never throws on a teacher's
 * mistake: each problem becomes a located Diagnostic and everything that is fine is still loaded.
 *
 * Server and build side only (reads files).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics';
import { compareVersions } from './compare-versions';
import { articleSchema, isPlaceholder, storySchema } from './corpus-schemas';
import { readArticleText } from './read-article';
import { readDifferences } from './read-differences';
import { readYamlFile, type YamlFile } from './read-yaml';
import { parseLocated, placeholderProblems } from './schema-diagnostics';
import { closestWord } from './suggest';
import type { Article, Corpus, LeftOut, SourceLocation, Story } from './types';
import { validateAnnotations } from './validate-annotations';

const CORPUS_PATH = path.join('packages', 'core', 'corpus');

/** Walks up from `start` (the Next app runs in `apps/web`) to the repository's corpus folder. */
export function findCorpusDir(start: string = process.cwd()): string {
  // The corpus is read when the kit is built and by `next dev`, never by a deployed server, so
  // Turbopack is told not to trace these reads (it would otherwise pack the whole project).
  for (let dir = path.resolve(/*turbopackIgnore: true*/ start); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, CORPUS_PATH);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir)
      throw new Error(
        `No ${CORPUS_PATH} folder found in ${start} or any folder above it; run from inside the Says Who repository.`,
      );
  }
}

/** The repository root, so diagnostics name files the way a teacher sees them in the repo. */
function findRepoRoot(dir: string): string {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    if (existsSync(path.join(at, 'turbo.json'))) return at;
    if (path.dirname(at) === at) return path.resolve(dir);
  }
}

export function loadCorpus(dir: string = findCorpusDir()): {
  corpus: Corpus;
  diagnostics: Diagnostic[];
} {
  const root = findRepoRoot(dir);
  const relative = (p: string) => path.relative(root, p).split(path.sep).join('/');
  const diagnostics: Diagnostic[] = [];
  const stories: Story[] = [];
  const articles: LoadedArticle[] = [];
  const leftOut: LeftOut[] = [];

  // Not traced by Turbopack: see findCorpusDir.
  const folders = readdirSync(/*turbopackIgnore: true*/ dir)
    .filter(
      (name) =>
        !name.startsWith('.') &&
        statSync(
          /*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ dir, name),
        ).isDirectory(),
    )
    .sort();
  for (const folder of folders) {
    const loaded = loadStory(path.join(/*turbopackIgnore: true*/ dir, folder), folder, relative);
    diagnostics.push(...loaded.diagnostics);
    if (loaded.story) stories.push(loaded.story);
    articles.push(...loaded.articles);
    leftOut.push(...loaded.leftOut);
  }

  const seen = new Map<string, LoadedArticle>();
  for (const article of articles) {
    const first = seen.get(article.id);
    if (first) {
      diagnostics.push({
        file: article.location.file,
        line: 0,
        column: 0,
        severity: 'error',
        message: `article id \`${article.id}\` is used by two stories (also ${first.location.file})`,
        fix: 'article ids must be unique in the whole corpus; rename one (its .yaml, .txt and `id:`)',
      });
    } else seen.set(article.id, article);
  }
  return {
    corpus: { stories, articles: articles.map(({ location: _, ...a }) => a), leftOut },
    diagnostics,
  };
}

type LoadedArticle = Article & { readonly location: SourceLocation };

function loadStory(folderPath: string, folder: string, relative: (p: string) => string) {
  const diagnostics: Diagnostic[] = [];
  const articles: LoadedArticle[] = [];
  const leftOut: LeftOut[] = [];
  const file = (name: string) => path.join(folderPath, name);
  const error = (where: string, message: string, fix: string, at = { line: 0, column: 0 }) => {
    const d: Diagnostic = { file: where, ...at, severity: 'error', message, fix };
    diagnostics.push(d);
    return d;
  };

  const names = readdirSync(folderPath);
  const storyFile = relative(file('story.yaml'));
  if (!names.includes('story.yaml')) {
    const cause = error(
      relative(folderPath),
      `story folder \`${folder}\` has no story.yaml`,
      'add a story.yaml with id, title, wire, published and articles (see packages/core/corpus/README.md)',
    );
    leftOut.push({ what: 'story', id: folder, in: null, cause });
    return { story: null, articles, diagnostics, leftOut };
  }
  const before = diagnostics.length;
  const storyYaml = read(file('story.yaml'), storyFile, diagnostics);
  const { data: story } =
    storyYaml.data === undefined
      ? { data: null }
      : parse(storySchema, storyYaml, 'story.yaml', diagnostics);
  if (story) diagnostics.push(...placeholderProblems(story, storyYaml, 'story.yaml'));
  const storyCause = firstError(diagnostics.slice(before));
  if (!story && storyCause)
    leftOut.push({ what: 'story', id: folder, in: null, cause: storyCause });
  if (story && story.id !== folder) {
    error(
      storyFile,
      `story id \`${story.id}\` does not match its folder name \`${folder}\``,
      `write \`id: ${folder}\`, or rename the folder`,
      storyYaml.locate(['id']),
    );
  }

  const onDisk = names
    .filter((n) => n.endsWith('.yaml') && n !== 'story.yaml' && n !== 'differences.yaml')
    .map((n) => n.slice(0, -5));
  const listed = story?.articles ?? onDisk;
  for (const extra of onDisk.filter((id) => story && !listed.includes(id))) {
    error(
      relative(file(`${extra}.yaml`)),
      `article \`${extra}\` is not listed in story.yaml`,
      `add it to \`articles:\` in ${storyFile}`,
    );
  }
  for (const txt of names.filter(
    (n) =>
      n.endsWith('.txt') && !onDisk.includes(n.slice(0, -4)) && !listed.includes(n.slice(0, -4)),
  )) {
    error(
      relative(file(txt)),
      `article text ${txt} has no ${txt.slice(0, -4)}.yaml beside it`,
      'add the metadata file, or rename the .txt to match it',
    );
  }

  const byId = new Map<string, LoadedArticle>();
  const ids = [...listed, ...onDisk.filter((id) => !listed.includes(id))];
  ids.forEach((id) => {
    const listIndex = listed.indexOf(id);
    const at = listIndex >= 0 && story ? storyYaml.locate(['articles', listIndex]) : undefined;
    const missing = ['yaml', 'txt']
      .filter((ext) => !names.includes(`${id}.${ext}`))
      .map((ext) => `${id}.${ext}`);
    let cause: Diagnostic | undefined;
    if (missing.length === 2) {
      const guess = closestWord(
        id,
        onDisk.filter((other) => !listed.includes(other)),
      );
      cause = error(
        storyFile,
        `article \`${id}\` is listed in story.yaml but there is no ${missing.join(' or ')} in ${relative(folderPath)}`,
        guess
          ? `did you mean \`${guess}\`?`
          : 'add the two files, or remove the id from `articles:`',
        at,
      );
    } else if (missing.length === 1) {
      cause = error(
        storyFile,
        `article \`${id}\` has no ${missing[0]} in ${relative(folderPath)}`,
        `add ${missing[0]} beside ${id}.${missing[0]!.endsWith('.txt') ? 'yaml' : 'txt'}`,
        at,
      );
    }
    if (cause) leftOut.push({ what: 'article', id, in: folder, cause });
    if (!names.includes(`${id}.yaml`) || !names.includes(`${id}.txt`)) return;
    const loaded = loadArticle(
      file(`${id}.yaml`),
      file(`${id}.txt`),
      id,
      story?.id ?? folder,
      relative,
      diagnostics,
    );
    leftOut.push(...loaded.leftOut);
    if (loaded.article) {
      articles.push(loaded.article);
      byId.set(id, loaded.article);
    }
  });

  let comparison: Story['comparison'] = null;
  const [fromId, toId] = listed;
  const pair = [
    fromId ? (byId.get(fromId) ?? null) : null,
    toId ? (byId.get(toId) ?? null) : null,
  ] as const;
  let differences = null;
  if (names.includes('differences.yaml')) {
    const yaml = read(file('differences.yaml'), relative(file('differences.yaml')), diagnostics);
    const result = readDifferences(yaml, listed, pair);
    diagnostics.push(...result.diagnostics);
    differences = result.differences;
    for (const item of [...yaml.leftOut.filter((i) => i.list === 'differences'), ...result.leftOut])
      leftOut.push({ what: 'difference', id: item.id, in: folder, cause: item.cause });
  }
  checkDuplicateIds(
    [...articles.flatMap((a) => a.annotations), ...(differences?.curated ?? [])].map((x) => ({
      id: x.id,
      location: x.location!,
    })),
    diagnostics,
  );
  if (pair[0] && pair[1]) {
    const result = compareVersions(
      pair[0],
      pair[1],
      differences?.overrides ?? [],
      differences?.curated ?? [],
    );
    diagnostics.push(...result.diagnostics);
    comparison = result.comparison;
  }

  const built: Story | null = story && {
    id: story.id,
    title: story.title,
    wire: story.wire ?? null,
    published: story.published,
    articleIds: story.articles.filter((id) => byId.has(id)),
    comparison,
  };
  return { story: built, articles, diagnostics, leftOut };
}

function loadArticle(
  yamlPath: string,
  txtPath: string,
  fileId: string,
  storyId: string,
  relative: (p: string) => string,
  diagnostics: Diagnostic[],
): { article: LoadedArticle | null; leftOut: LeftOut[] } {
  const yamlFile = relative(yamlPath);
  const before = diagnostics.length;
  const yaml = read(yamlPath, yamlFile, diagnostics);
  const { text, diagnostics: textProblems } = readArticleText(txtPath, relative(txtPath));
  diagnostics.push(...textProblems);
  /** The article is left out: the first problem found in its files is why. */
  const none = () => {
    const cause = firstError(diagnostics.slice(before));
    return {
      article: null,
      leftOut: cause ? [{ what: 'article' as const, id: fileId, in: storyId, cause }] : [],
    };
  };
  if (yaml.data === undefined) return none();
  const { data: meta } = parse(articleSchema, yaml, `article \`${fileId}\``, diagnostics);
  if (meta) diagnostics.push(...placeholderProblems(meta, yaml, `article \`${fileId}\``));
  if (meta && meta.id !== fileId) {
    diagnostics.push({
      file: yamlFile,
      ...yaml.locate(['id']),
      severity: 'error',
      message: `article id \`${meta.id}\` does not match its file name ${fileId}.yaml`,
      fix: `write \`id: ${fileId}\`, or rename both ${fileId}.yaml and ${fileId}.txt`,
    });
  }
  // Every quote of an empty article would be "not in the article": its one message is enough.
  if (text.trim() === '') return none();
  const raw = (yaml.data as { annotations?: unknown }).annotations;
  const {
    annotations,
    blocks,
    diagnostics: problems,
    leftOut: dropped,
  } = validateAnnotations(fileId, text, Array.isArray(raw) ? raw : [], yaml);
  diagnostics.push(...problems);
  if (!meta) return none();
  const headline = annotations.find((a) => a.kind === 'headline');
  const leftOut = [...yaml.leftOut.filter((i) => i.list === 'annotations'), ...dropped].map(
    (item): LeftOut => ({ what: 'annotation', id: item.id, in: fileId, cause: item.cause }),
  );
  const article: LoadedArticle = {
    id: fileId,
    storyId,
    outlet: meta.outlet,
    wire: meta.wire ?? null,
    published: meta.published,
    headline: headline ? text.slice(headline.span.start, headline.span.end) : null,
    byline: meta.byline,
    dateline: meta.dateline ?? null,
    credit: meta.credit,
    url: isPlaceholder(meta.url) ? null : (meta.url ?? null),
    text,
    blocks,
    annotations,
    location: { file: yamlFile, line: 0, column: 0 },
  };
  return { article, leftOut };
}

const firstError = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.find((d) => d.severity === 'error');

function read(absolutePath: string, file: string, diagnostics: Diagnostic[]): YamlFile {
  const { yaml, diagnostics: problems } = readYamlFile(absolutePath, file);
  diagnostics.push(...problems);
  return yaml;
}

function parse<S extends Parameters<typeof parseLocated>[0]>(
  schema: S,
  yaml: YamlFile,
  subject: string,
  diagnostics: Diagnostic[],
) {
  const result = parseLocated(schema, yaml.data, yaml, [], subject);
  diagnostics.push(...result.diagnostics);
  return result;
}

/** Ids are unique within a story, so a lesson or export can name any annotation by id alone. */
function checkDuplicateIds(
  items: readonly { id: string; location: SourceLocation }[],
  diagnostics: Diagnostic[],
) {
  const known = new Map<string, SourceLocation>();
  for (const { id, location } of items) {
    const first = known.get(id);
    if (first) {
      diagnostics.push({
        ...location,
        severity: 'error',
        message: `id \`${id}\` is used twice in this story (first at ${first.file}:${first.line})`,
        fix: 'give each annotation and difference its own id',
      });
    } else known.set(id, location);
  }
}
