/** Entry point of `npm run corpus` (run by tsx); the commands live in run-corpus-cli.ts. */
import { runCorpusCli } from './run-corpus-cli';

// npm runs workspace scripts in packages/core; INIT_CWD is the folder the user typed the command in.
process.exitCode = runCorpusCli(
  process.argv.slice(2),
  console,
  process.env.INIT_CWD ?? process.cwd(),
);
