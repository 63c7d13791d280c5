/**
 * Runs the pressmark command line in-process on a data directory, collecting what it prints.
 */
import path from 'node:path';
import { runCli, type CliIo } from '../main/cli/runCli';

export const RESOURCES = path.resolve(__dirname, '../../resources');

export interface Run {
  code: number;
  stdout: string;
  stdoutBytes: Buffer;
  stderr: string;
}

export async function pressmark(dataDir: string, ...argv: string[]): Promise<Run> {
  const out: Buffer[] = [];
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (chunk) => out.push(Buffer.from(chunk)) },
    stderr: { write: (chunk) => (stderr += chunk) },
    cwd: dataDir,
    env: {},
    resourcesDir: RESOURCES,
  };
  const code = await runCli([...argv, '--data-dir', dataDir], io);
  const stdoutBytes = Buffer.concat(out);
  return { code, stdout: stdoutBytes.toString('utf8'), stdoutBytes, stderr };
}
