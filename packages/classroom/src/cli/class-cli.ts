/** Entry point of `npm run class` (run by tsx); the work is in run-class-cli.ts. */
import { runClassCli } from './run-class-cli';

// npm runs workspace scripts in packages/classroom; INIT_CWD is the folder the user typed the command in.
runClassCli(process.argv.slice(2), {
  env: process.env,
  cwd: process.env.INIT_CWD ?? process.cwd(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    console.error(`npm run class: ${error.message}`);
    process.exitCode = 1;
  },
);
