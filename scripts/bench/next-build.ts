import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from './run-command';

export interface BuildTiming {
  /** Wall-clock seconds of the whole build, as a teacher waiting for it would feel them. */
  seconds: number;
  /** The phases Next prints, when it prints them: bundling, type-checking, static generation. */
  compileSeconds?: number;
  typecheckSeconds?: number;
  generateSeconds?: number;
  staticPages?: number;
  /**
   * The lines Next marks as warnings (`⚠`), e.g. "Dynamic filesystem access causes tracing of the
   * whole project": a teacher's build log should end with what matters, not with noise.
   */
  warnings?: string[];
}

function parseDuration(text: string): number {
  const value = Number.parseFloat(text);
  if (text.endsWith('ms')) return value / 1000;
  if (text.endsWith('min')) return value * 60;
  return value;
}

function phase(output: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(output);
  return match ? parseDuration(match[1]!) : undefined;
}

/**
 * Next's notice on a CI machine's first build (CI is set, .next/cache is empty): about CI's
 * caching, not about the kit, and never shown to a teacher (who does not set CI).
 */
const NO_CACHE_NOTICE = 'nextjs.org/docs/messages/no-cache';

export function parseBuildOutput(output: string, seconds: number): BuildTiming {
  const pages = /Generating static pages[^(]*\((\d+)\/(\d+)\) in/.exec(output);
  return {
    seconds,
    compileSeconds: phase(output, /Compiled successfully in ([\d.]+(?:ms|s|min))/),
    typecheckSeconds: phase(output, /Finished TypeScript in ([\d.]+(?:ms|s|min))/),
    generateSeconds: phase(output, /Generating static pages[^\n]*\) in ([\d.]+(?:ms|s|min))/),
    staticPages: pages ? Number(pages[2]) : undefined,
    warnings: output
      .split('\n')
      .filter((line) => line.includes('⚠') && !line.includes(NO_CACHE_NOTICE))
      .map((line) => line.trim()),
  };
}

/**
 * A cold production build (`.next` removed first, so every build in a comparison starts equal),
 * run with the given command in the app's folder.
 */
export async function buildNextApp(
  appDir: string,
  command: [string, ...string[]],
  options: { label: string; logFile: string },
): Promise<BuildTiming> {
  rmSync(join(appDir, '.next'), { recursive: true, force: true });
  const result = await runCommand(command[0], command.slice(1), { cwd: appDir, ...options });
  if (result.code !== 0) {
    const tail = result.output.trim().split('\n').slice(-25).join('\n');
    throw new Error(
      `${options.label} failed (exit ${result.code}); full log: ${options.logFile}\n${tail}`,
    );
  }
  return parseBuildOutput(result.output, result.seconds);
}
