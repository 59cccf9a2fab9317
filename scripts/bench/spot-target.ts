/**
 * Which Spot exercise the interaction measurement drives: one over the whole LA Times article (a
 * Spot with no `paragraphs` prop covers the whole article), found in the lessons the build came
 * from — a real lesson's if there is one, else the bench's fixture lesson. Should neither be
 * found (the fixture's Spot renamed, say), the largest Spot of any lesson stands in, and the
 * table says so.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltPage } from './build-output';

export const FULL_ARTICLE = 'ap-landmines-latimes';

export interface SpotTarget {
  path: string;
  exerciseId: string;
  /** Words in the exercise's passage, counted in the prerendered page. */
  words: number;
  /** `lesson` or `bench fixture`: a Spot over the whole article; `stand-in`: the largest Spot found. */
  origin: 'lesson' | 'bench fixture' | 'stand-in';
}

function spotsInHtml(html: string): { exerciseId: string; words: number }[] {
  const starts = [...html.matchAll(/<section\b[^>]*\bdata-exercise="spot"[^>]*>/g)];
  return starts.flatMap((start) => {
    const exerciseId = /\bid="([^"]+)"/.exec(start[0])?.[1];
    if (!exerciseId) return [];
    const body = html.slice(start.index, html.indexOf('</section>', start.index));
    return [{ exerciseId, words: body.match(/\bdata-w="/g)?.length ?? 0 }];
  });
}

function fullArticleSpots(lessonsDir: string): { slug: string; id: string }[] {
  if (!existsSync(lessonsDir)) return [];
  return readdirSync(lessonsDir)
    .filter((file) => file.endsWith('.mdx'))
    .flatMap((file) =>
      [...readFileSync(join(lessonsDir, file), 'utf8').matchAll(/<Spot\b[^>]*>/g)]
        .map((tag) => tag[0])
        .filter((tag) => tag.includes(`article="${FULL_ARTICLE}"`) && !/\bparagraphs=/.test(tag))
        .flatMap((tag) => {
          const id = /\bid="([^"]+)"/.exec(tag)?.[1];
          return id ? [{ slug: file.replace(/\.mdx$/, ''), id }] : [];
        }),
    );
}

export function findSpotTarget(pages: BuiltPage[], lessonsDir: string): SpotTarget | null {
  const spots = pages
    .filter((page) => (page.kind === 'lesson' || page.kind === 'bench fixture') && page.htmlFile)
    .flatMap((page) =>
      spotsInHtml(readFileSync(page.htmlFile!, 'utf8')).map((spot) => ({
        ...spot,
        path: page.path,
        kind: page.kind,
      })),
    )
    .filter((spot) => spot.words > 0);
  const full = fullArticleSpots(lessonsDir);
  const whole = spots
    .filter((s) => full.some((f) => s.path === `/lessons/${f.slug}` && s.exerciseId === f.id))
    .sort((a, b) => (a.kind === 'lesson' ? 0 : 1) - (b.kind === 'lesson' ? 0 : 1))[0];
  if (whole) {
    return {
      path: whole.path,
      exerciseId: whole.exerciseId,
      words: whole.words,
      origin: whole.kind === 'lesson' ? 'lesson' : 'bench fixture',
    };
  }
  const largest = spots.filter((s) => s.kind === 'lesson').sort((a, b) => b.words - a.words)[0];
  return largest
    ? {
        path: largest.path,
        exerciseId: largest.exerciseId,
        words: largest.words,
        origin: 'stand-in',
      }
    : null;
}
