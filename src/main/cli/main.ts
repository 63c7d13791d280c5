/**
 * Entry point of the `pressmark` command line (out/main/cli.js; `npm run pressmark -- …`).
 */
import path from 'node:path';
import { runCli } from './runCli';

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  // npm runs scripts in the project folder; scripts/pressmark.mjs passes the folder the user was in.
  cwd: process.env.PRESSMARK_CWD ?? process.cwd(),
  env: process.env,
  resourcesDir: path.resolve(__dirname, '../../resources'),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`pressmark: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
