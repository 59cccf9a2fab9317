/**
 * `npm run new -- lesson "Title"` and `npm run new -- article --text FILE`: start a lesson or a
 * corpus article from a template that already passes `npm run check`, and say what to do next.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findCorpusDir, loadCorpus } from '@sayswho/core';
import { findLessonsDir, readLessonSources, slugOf } from '../check-lessons';
import { parseFrontmatterOrder } from './frontmatter-order';
import { option, wantsHelp, type Output } from './run-check';
import { addArticle } from './add-article';
import { paragraphsOf } from '../paragraphs-of';
import { fitExamples } from './fit-examples';
import { scaffoldLesson } from './scaffold-lesson';

const USAGE = `usage:
  npm run new -- lesson "Title of the lesson" [--article ARTICLE-ID]
  npm run new -- article --text FILE.txt [--outlet "Outlet name"] [--story STORY-ID] [--id ARTICLE-ID]
                         [--published YYYY-MM-DD] [--headline none] [--byline TEXT|none]
                         [--dateline TEXT|none] [--wire TEXT|none] [--url ADDRESS|none]`;

const HELP = `npm run new: starts a lesson or adds an article, from a template that says what to fill in.

${USAGE}

  lesson "Title"          creates lessons/<title>.mdx with an example of every exercise, in comments.
    --article ID          the article the examples use (default: the first article of the corpus).

  article --text FILE     adds the article in FILE (plain text: the headline on the first line, then
                          one paragraph a line) to packages/core/corpus/<story>/.
    --outlet "Name"       who published it.
    --story ID            another version of a story already in the corpus, to compare the two.
    --id ID               the article's id (default: <story>-<outlet>).
    --published DATE      its date, YYYY-MM-DD (default: today).
    --headline none       the article has no headline: its first line is paragraph 1.
    --byline, --dateline, --wire, --url
                          who wrote it, where it was written, the news agency, its address on
                          the web: each a text, or none.
                          Left out, the file asks for each (npm run check lists what is left).

Type the -- after npm run new exactly as shown. The guide: docs/authoring-guide.md`;

/** Returns the exit code. `cwd` is where the user typed the command. */
export function runNew(
  args: readonly string[],
  out: Output,
  cwd: string,
  today = new Date().toISOString().slice(0, 10),
): number {
  const [what, ...rest] = args;
  if (wantsHelp(args)) {
    out.log(HELP);
    return 0;
  }
  try {
    if (what === 'lesson') return newLesson(rest, out, cwd);
    if (what === 'article') return newArticle(rest, out, cwd, today);
  } catch (caught) {
    out.error(`✗ ${(caught as Error).message}`);
    return 1;
  }
  out.error(USAGE);
  return 2;
}

const positional = (args: readonly string[]) =>
  args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));

function newLesson(args: readonly string[], out: Output, cwd: string): number {
  const title = positional(args).join(' ').trim();
  if (!title) {
    out.error(`✗ Give the lesson a title in quotes.\n${USAGE}`);
    return 2;
  }
  const lessonsDir = option(args, '--lessons')
    ? path.resolve(cwd, option(args, '--lessons')!)
    : findLessonsDir(cwd);
  const slug = slugOf(title);
  const file = path.join(lessonsDir, `${slug}.mdx`);
  if (!slug) throw new Error('The title needs at least one letter or digit.');
  if (existsSync(file))
    throw new Error(
      `${path.relative(cwd, file)} already exists; choose another title, or open that file.`,
    );

  const orders = readLessonSources(lessonsDir)
    .map((s) => parseFrontmatterOrder(s.source))
    .filter((n): n is number => n !== null);
  const { corpus } = loadCorpus(
    option(args, '--corpus') ? path.resolve(cwd, option(args, '--corpus')!) : findCorpusDir(cwd),
  );
  const article = option(args, '--article') ?? corpus.articles[0]?.id;
  if (!article)
    throw new Error(
      'The corpus has no article yet; add one first with: npm run new -- article --text FILE.txt',
    );
  if (!corpus.articles.some((a) => a.id === article))
    throw new Error(`There is no article "${article}" in the corpus.`);
  const chosen = corpus.articles.find((a) => a.id === article)!;

  writeFileSync(
    file,
    scaffoldLesson({
      slug,
      title,
      order: Math.max(0, ...orders) + 1,
      article,
      examples: fitExamples(chosen, corpus),
    }),
  );
  out.log(`✓ Created ${path.relative(cwd, file) || file}

Next:
  1. npm run dev                      then open http://localhost:3000/lessons/${slug}
  2. Edit the file and save: the page updates by itself. The examples of every exercise are in comments.
  3. npm run check                    before you share the lesson: it lists anything to fix, with the line.`);
  return 0;
}

function newArticle(args: readonly string[], out: Output, cwd: string, today: string): number {
  const textFile = option(args, '--text');
  if (!textFile) {
    // Without the `--` after `npm run new`, npm keeps --text and --outlet for itself and passes on only their values.
    const stray = positional(args).find((a) => /\.txt$/i.test(a));
    const why = stray
      ? `npm kept --text for itself: type -- right after npm run new, like this:\n  npm run new -- article --text ${stray} --outlet "Outlet name"`
      : 'Say which text file to use with --text.';
    out.error(`✗ ${why}\n${USAGE}`);
    return 2;
  }
  const textPath = path.resolve(cwd, textFile);
  if (!existsSync(textPath)) throw new Error(`There is no file ${textFile}.`);
  const raw = readFileSync(textPath, 'utf8');
  if (!raw.trim()) throw new Error(`${textFile} is empty.`);

  const corpusDir = option(args, '--corpus')
    ? path.resolve(cwd, option(args, '--corpus')!)
    : findCorpusDir(cwd);
  const outlet = option(args, '--outlet') ?? null;
  const published = option(args, '--published') ?? today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published))
    throw new Error(`--published must be a date like ${today}.`);
  const headlineOption = option(args, '--headline');
  if (headlineOption !== undefined && !/^none$/i.test(headlineOption))
    throw new Error(
      '--headline takes only none, for an article with no headline; otherwise the first line of the text is the headline.',
    );
  const details = Object.fromEntries(
    (['byline', 'dateline', 'wire', 'url'] as const).flatMap((name) => {
      const value = option(args, `--${name}`);
      return value === undefined ? [] : [[name, /^none$/i.test(value) ? 'none' : value]];
    }),
  );
  const added = addArticle({
    corpusDir,
    text: raw,
    outlet,
    story: option(args, '--story') ?? path.basename(textPath).replace(/\.[^.]+$/, ''),
    storyNamed: option(args, '--story') !== undefined,
    id: option(args, '--id'),
    published,
    headline: headlineOption === undefined,
    details,
  });
  const { articleId, storyDir, compared } = added;
  const created = added.written.map(
    ({ file, note }) => `${path.relative(cwd, file)}${note ? ` (${note})` : ''}`,
  );
  const lines = paragraphsOf(raw);
  const body = added.headline ? lines.length - 1 : lines.length;
  // A blank line after the headline alone switches on joining wrapped lines, which melts a one-line-per-paragraph body into one paragraph.
  const melted = body === 1 && raw.split('\n').filter((l) => l.trim()).length > 2;
  // A long first line that ends a sentence is a paragraph more often than a headline.
  const firstLooksLikeParagraph =
    added.headline &&
    /[.!?"”]$/.test(lines[0] ?? '') &&
    (lines[0] ?? '').split(/\s+/).length > 15;
  const asks = [
    ...(outlet ? [] : ['outlet']),
    ...(['wire', 'byline', 'dateline'] as const).filter((name) => details[name] === undefined),
    ...(outlet ? [] : ['credit']),
    ...(details.url === undefined ? ['url'] : []),
  ];
  out.log(`✓ Created:
${created.map((f) => `  ${f}`).join('\n')}

The text has ${added.headline ? `a headline (“${(lines[0] ?? '').slice(0, 60)}”) and` : 'no headline and'} ${body} paragraph(s).${
    melted
      ? `
⚠ All the lines after the headline were joined into one paragraph, because the file has a blank line
  after the headline only. Put a blank line between every two paragraphs (or no blank line anywhere),
  delete the folder ${path.relative(cwd, storyDir)}, and run the command again.`
      : ''
  }${
    firstLooksLikeParagraph
      ? `
⚠ The first line looks like a paragraph, not a headline. If the article has no headline, delete
  ${articleId}.txt and ${articleId}.yaml and run the command again with --headline none.`
      : ''
  }

Next:
  1. Open ${articleId}.yaml and replace each "FILL IN …" (${asks.join(', ')}) with what the page
     says, or with none where there is none.${added.headline ? ' Check that its first annotation (the headline) is really\n     the headline.' : ''}
  2. Add annotations: the file has a commented example of every kind.${
    compared
      ? `
  3. The story now has two versions: differences.yaml is where you explain how they differ
     (the kit compares them word by word by itself; see its comments).`
      : ''
  }
  ${compared ? 4 : 3}. npm run check                    after every change: it says exactly what to fix and where.
  ${compared ? 5 : 4}. Use it in a lesson: article="${articleId}"`);
  return 0;
}
