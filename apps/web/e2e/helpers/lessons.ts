/** The seed lessons, as teachers add them: every `.mdx` file in the repository's `lessons/` folder. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const LESSON_SLUGS: readonly string[] = readdirSync(join(__dirname, '../../../../lessons'))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace(/\.mdx$/, ''))
  .sort();
