/** Entry point of `npm run check` in this package (run by tsx). */
import { runCheck } from './run-check';

// npm runs workspace scripts in packages/lessons; INIT_CWD is the folder the user typed the command in.
process.exitCode = runCheck(process.argv.slice(2), console, process.env.INIT_CWD ?? process.cwd());
