/**
 * Adds an article to the corpus: what `npm run new -- article` and the live preview's "New
 * article" page both do, so the two write exactly the same files. Throws an Error whose message
 * says what to change (an id taken, a story named after the file that exists already).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isScalar, isSeq, parseDocument } from 'yaml';
import { slugOf } from '../check-lessons';
import {
  articleText,
  scaffoldArticleYaml,
  scaffoldDifferencesYaml,
  scaffoldStoryYaml,
  type ArticleScaffold,
} from './scaffold-article';

/** The authoring page's Compare versions starts from it when a story has no differences.yaml. */
export { scaffoldDifferencesYaml };

export interface NewArticle {
  readonly corpusDir: string;
  /** The article as pasted or read from its file. */
  readonly text: string;
  readonly outlet: string | null;
  /** Made into an id (`slugOf`). */
  readonly story: string;
  /**
   * True when the teacher named the story (`--story`, or chosen on the page): an existing one then
   * gets this article as another version. False when it was taken from the file's name: a story
   * of that name then means the command ran twice, and it stops.
   */
  readonly storyNamed: boolean;
  /** Made into an id; default `<story>-<outlet>`. */
  readonly id?: string;
  /** YYYY-MM-DD */
  readonly published: string;
  readonly headline: boolean;
  readonly details: ArticleScaffold['details'];
}

export interface AddedArticle {
  readonly articleId: string;
  readonly storyId: string;
  readonly storyDir: string;
  /** Absolute paths, each with what was done to it when it was not simply created. */
  readonly written: readonly { readonly file: string; readonly note?: string }[];
  /** The two versions, when this article made the story's second one. */
  readonly compared: readonly [string, string] | null;
  readonly headline: boolean;
}

export function addArticle(input: NewArticle): AddedArticle {
  const { corpusDir, outlet } = input;
  const storyId = slugOf(input.story);
  const articleId = slugOf(input.id ?? `${storyId}-${outlet ?? 'article'}`);
  if (!storyId) throw new Error('The story id needs at least one letter or digit.');
  if (!articleId) throw new Error('The article id needs at least one letter or digit.');
  const taken = readdirSync(corpusDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .some((d) => existsSync(path.join(corpusDir, d.name, `${articleId}.txt`)));
  if (taken)
    throw new Error(`The corpus already has an article "${articleId}"; choose another with --id.`);

  const scaffold: ArticleScaffold = {
    articleId,
    storyId,
    outlet,
    published: input.published,
    text: input.text,
    headline: input.headline,
    details: input.details,
  };
  const storyDir = path.join(corpusDir, storyId);
  const storyFile = path.join(storyDir, 'story.yaml');
  // Only a story the teacher named joins an existing one: running the command twice must not make a second "version" to compare.
  if (!input.storyNamed && existsSync(storyFile)) {
    throw new Error(
      `There is already a story "${storyId}" (${path.basename(storyDir)}), named after your file. If this is another version of it, add --story ${storyId}; if you ran the command twice, open the article already there; otherwise choose a new story id with --story.`,
    );
  }
  const written: { file: string; note?: string }[] = [];
  let compared: [string, string] | null = null;
  mkdirSync(storyDir, { recursive: true });
  if (existsSync(storyFile)) {
    const doc = parseDocument(readFileSync(storyFile, 'utf8'));
    doc.addIn(['articles'], articleId);
    writeFileSync(storyFile, String(doc));
    written.push({ file: storyFile, note: `added ${articleId} to its articles` });
    const versions = doc.get('articles');
    const [from, to] = isSeq(versions)
      ? versions.items.map((item) => String(isScalar(item) ? item.value : item))
      : [];
    const differencesFile = path.join(storyDir, 'differences.yaml');
    // The second version makes a comparison: give it the file where its differences are explained.
    if (to === articleId && from && !existsSync(differencesFile)) {
      writeFileSync(differencesFile, scaffoldDifferencesYaml(from, to));
      written.push({ file: differencesFile });
      compared = [from, to];
    }
  } else {
    writeFileSync(storyFile, scaffoldStoryYaml(scaffold));
    written.push({ file: storyFile });
  }
  writeFileSync(path.join(storyDir, `${articleId}.txt`), articleText(input.text));
  writeFileSync(path.join(storyDir, `${articleId}.yaml`), scaffoldArticleYaml(scaffold));
  written.push(
    { file: path.join(storyDir, `${articleId}.txt`) },
    { file: path.join(storyDir, `${articleId}.yaml`) },
  );
  return { articleId, storyId, storyDir, written, compared, headline: input.headline };
}
