/**
 * `npm run web -- [--data-dir DIR] [--port N]`: the browser host as a process.
 * Prints one line with the address to open, and serves until interrupted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startServices } from '../services/startup';
import { createDispatcher } from '../api/dispatch';
import { resolveDataDir } from '../config/dataDir';
import { startWebHost } from './webHost';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'data-dir': { type: 'string' }, port: { type: 'string' } },
    allowPositionals: false,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a port number (0-65535), not "${values.port}".`);
  const rendererDir = path.resolve(__dirname, '../renderer');
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) fail('The app is not built yet: run `npm run build` first.');

  const dataDir = resolveDataDir(values['data-dir']);
  const services = startServices({ dataDir, resourcesDir: path.resolve(__dirname, '../../resources') });
  let host;
  try {
    host = await startWebHost({ dispatch: createDispatcher(services.handlers), rendererDir, port });
  } catch (error) {
    services.db.close();
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === 'EADDRINUSE' ? `Port ${port} is already in use: choose another with --port.` : `Could not start: ${String(error)}`);
  }
  console.log(`Pressmark running at ${host.openUrl}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await host.close();
    services.db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

function fail(message: string): never {
  console.error(`pressmark: ${message}`);
  process.exit(1);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
