/** Entry point of `npm run new` (run by tsx). */
import { runNew } from './run-new';

// npm runs workspace scripts in packages/lessons; INIT_CWD is the folder the user typed the command in.
process.exitCode = runNew(process.argv.slice(2), console, process.env.INIT_CWD ?? process.cwd());
