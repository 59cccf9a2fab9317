/**
 * @jest-environment node
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findLessonsDir } from '@sayswho/lessons';
import { getLessonKit } from './lesson-kit';

// `npm run build` checks first; this is the net under a `next build` run on its own.
test('a production build of a lesson with an error stops with its located message', () => {
  const planted = path.join(mkdtempSync(path.join(tmpdir(), 'sayswho-kit-')), 'lessons');
  mkdirSync(planted);
  const fixture = path.join(
    findLessonsDir(),
    '../packages/lessons/src/fixtures/unknown-article/lesson.mdx',
  );
  copyFileSync(fixture, path.join(planted, 'planted.mdx'));
  process.env.SAYSWHO_LESSONS_DIR = planted;
  try {
    // Not `next dev` (NODE_ENV is "test"), so the kit is read once and must be free of errors.
    expect(() => getLessonKit()).toThrow(
      /planted\.mdx:17:22 error: <Spot article="ap-landmines-latims"> — no such article — did you mean "ap-landmines-latimes"\?/,
    );
  } finally {
    delete process.env.SAYSWHO_LESSONS_DIR;
    rmSync(path.dirname(planted), { recursive: true, force: true });
  }
});
