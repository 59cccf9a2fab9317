import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { progress, secondsSince } from './progress';

export interface CommandResult {
  code: number;
  seconds: number;
  output: string;
}

/**
 * Runs a long command with its output saved to `logFile` (the terminal stays readable), printing
 * a heartbeat every 20 s so a slow build never looks like a hang.
 */
export function runCommand(
  command: string,
  args: string[],
  options: { cwd: string; logFile: string; label: string; env?: NodeJS.ProcessEnv },
): Promise<CommandResult> {
  mkdirSync(dirname(options.logFile), { recursive: true });
  const log = createWriteStream(options.logFile);
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      log.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const heartbeat = setInterval(
      () => progress(`  …${options.label} still running (${Math.round(secondsSince(start))} s)`),
      20_000,
    );
    child.on('error', (error) => {
      clearInterval(heartbeat);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(heartbeat);
      log.end();
      resolve({ code: code ?? 1, seconds: secondsSince(start), output });
    });
  });
}
