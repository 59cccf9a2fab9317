/**
 * The "New article" form as the route receives it, and what Save does with it: exactly what
 * `npm run new -- article` does (the same `addArticle`), checked first like every save.
 */
import { addArticle, type AddedArticle } from '@sayswho/lessons/add-article';
import path from 'node:path';
import { z } from 'zod';
import { writeChecked, type Checked, type KitDirs } from './checked-write';

/** A detail of the article: its text, or `none` where the page has none. */
const detail = z.string().trim().min(1, 'write what the page says, or choose none').max(300);

export const newArticleSchema = z.object({
  text: z.string().trim().min(1, 'paste the article or choose its .txt file').max(100_000),
  headline: z.boolean(),
  outlet: z.string().trim().min(1, 'say who published it').max(120),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-01-05'),
  story: z.string().trim().min(1, 'name the story, or choose one').max(80),
  byline: detail,
  dateline: detail,
  wire: detail,
  url: detail,
});

export type NewArticleForm = z.infer<typeof newArticleSchema>;

export interface SavedArticle {
  readonly articleId: string;
  /** Relative to the corpus folder, each with what was done to it when it was not created. */
  readonly written: readonly string[];
}

export function saveNewArticle(dirs: KitDirs, form: NewArticleForm): Checked<SavedArticle> {
  const none = (value: string) => (/^none$/i.test(value) ? 'none' : value);
  const add = (corpusDir: string): AddedArticle =>
    addArticle({
      corpusDir,
      text: form.text,
      outlet: form.outlet,
      story: form.story,
      storyNamed: true,
      published: form.published,
      headline: form.headline,
      details: {
        byline: none(form.byline),
        dateline: none(form.dateline),
        wire: none(form.wire),
        url: none(form.url),
      },
    });
  const saved = writeChecked(dirs, add);
  if (!saved.ok) return saved;
  const written = saved.value.written.map(
    ({ file, note }) => `${path.relative(dirs.corpus, file)}${note ? ` (${note})` : ''}`,
  );
  return { ok: true, value: { articleId: saved.value.articleId, written } };
}
