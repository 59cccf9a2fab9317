/** Writes the W3C export to a folder: per article `<id>.txt` and `<id>.json`, per story `<story-id>.differences.json`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Corpus } from '../corpus/types';
import { exportArticle, exportDifferences } from './export-w3c';

export function writeW3cExport(corpus: Corpus, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const write = (name: string, content: string) => {
    writeFileSync(path.join(dir, name), content);
    written.push(name);
  };
  for (const article of corpus.articles) {
    write(`${article.id}.txt`, article.text);
    write(`${article.id}.json`, `${JSON.stringify(exportArticle(article), null, 2)}\n`);
  }
  for (const story of corpus.stories) {
    if (story.comparison)
      write(
        `${story.id}.differences.json`,
        `${JSON.stringify(exportDifferences(story, corpus), null, 2)}\n`,
      );
  }
  return written;
}
