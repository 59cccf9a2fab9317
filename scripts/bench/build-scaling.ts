/**
 * Build scaling: cold production builds of the temporary copy with the real lessons, then with
 * +50 and +500 generated lessons. The cost of a lesson is the slope between builds; growth is
 * called linear when the slope over the last step is within 20% of the slope over the first.
 *
 * Slopes are taken on the lesson-dependent part of each build: the wall time minus the bundling
 * and type-checking phases Next reports. Lessons are content read at build time, not bundled
 * modules, so those two phases do not grow with them (the table shows them for every build, so
 * a change would be seen), but on a shared machine they vary by tens of seconds from one build
 * to the next, more than 50 lessons cost.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateLessons, removeGeneratedLessons } from './generate-lessons';
import { buildNextApp, type BuildTiming } from './next-build';
import { progress } from './progress';

export const EXTRA_LESSONS = [50, 500];
export const LINEARITY_TOLERANCE = 0.2;

export interface ScalingBuild extends BuildTiming {
  extraLessons: number;
  /** Wall time minus bundling and type-checking: the part of the build that lessons add to. */
  lessonSeconds: number;
}

export interface ScalingResult {
  builds: ScalingBuild[];
  /** Seconds per extra lesson over each step: 0 → 50, then 50 → 500. */
  stepSlopes: number[];
  /** Seconds per extra lesson from the real lessons to the largest build (lesson-dependent part). */
  secondsPerExtraLesson: number;
  /** The same from the wall times, fixed phases and their noise included. */
  wallSecondsPerExtraLesson: number;
  /** Last step's slope over the first step's, minus one (0.1 = 10% steeper). Null when the first
   * step was not slower than the base build at all: the noise was larger than the cost. */
  slopeChange: number | null;
}

function lessonSeconds(build: BuildTiming): number {
  return build.seconds - (build.compileSeconds ?? 0) - (build.typecheckSeconds ?? 0);
}

export const appBuildCommand: [string, ...string[]] = ['npm', 'run', 'build'];

export async function measureBuildScaling(copyDir: string, logDir: string): Promise<ScalingResult> {
  const lessonsDir = join(copyDir, 'lessons');
  const builds: ScalingBuild[] = [];
  try {
    // The real lessons are built again rather than reusing the run's first build: that one ran
    // on cold disk caches and was measured to take twice as long, which would skew every slope.
    for (const extra of [0, ...EXTRA_LESSONS]) {
      generateLessons(lessonsDir, extra);
      progress(
        `Build scaling: cold build with ${extra ? `+${extra} generated lessons` : 'the real lessons'}…`,
      );
      const timing = await buildNextApp(join(copyDir, 'apps/web'), appBuildCommand, {
        label: `build with +${extra} lessons`,
        logFile: join(logDir, `build-plus-${extra}.log`),
      });
      progress(`  ${timing.seconds.toFixed(1)} s`);
      builds.push({ ...timing, extraLessons: extra, lessonSeconds: lessonSeconds(timing) });
    }
  } finally {
    removeGeneratedLessons(lessonsDir);
    // Thousands of generated pages: not worth keeping, slow to delete at the start of the next run.
    rmSync(join(copyDir, 'apps/web/.next'), { recursive: true, force: true });
  }
  const stepSlopes = builds
    .slice(1)
    .map(
      (build, i) =>
        (build.lessonSeconds - builds[i]!.lessonSeconds) /
        (build.extraLessons - builds[i]!.extraLessons),
    );
  const first = stepSlopes[0]!;
  const last = stepSlopes[stepSlopes.length - 1]!;
  const base = builds[0]!;
  const largest = builds[builds.length - 1]!;
  return {
    builds,
    stepSlopes,
    secondsPerExtraLesson: (largest.lessonSeconds - base.lessonSeconds) / largest.extraLessons,
    wallSecondsPerExtraLesson: (largest.seconds - base.seconds) / largest.extraLessons,
    slopeChange: first > 0 ? last / first - 1 : null,
  };
}
