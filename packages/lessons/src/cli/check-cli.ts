/** Entry point of `npm run check` in this package (run by tsx). */
import { runCheck } from './run-check';

const args = process.argv.slice(2);
// SAYSWHO_LESSONS_DIR points the app at another lessons folder (apps/web/lib/lessons/lesson-kit.ts);
// the build's check must look at the folder the build will publish.
const override = process.env.SAYSWHO_LESSONS_DIR;
if (override && !args.some((a) => a.startsWith('--lessons'))) args.push('--lessons', override);

// npm runs workspace scripts in packages/lessons; INIT_CWD is the folder the user typed the command in.
process.exitCode = runCheck(args, console, process.env.INIT_CWD ?? process.cwd());
