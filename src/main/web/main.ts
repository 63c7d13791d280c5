/**
 * `npm run web -- [--data-dir DIR] [--port N] [ARTICLE_FILE…]`: the browser host as a process.
 * Article files named on the command line are imported and the last one opens first.
 * Prints one line with the address to open, and serves until interrupted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startServices } from '../services/startup';
import { createDispatcher } from '../api/dispatch';
import { resolveDataDir } from '../config/dataDir';
import { startWebHost } from './webHost';
import { articleFiles, importArticleFiles } from '../desktop/importArticleFiles';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { 'data-dir': { type: 'string' }, port: { type: 'string' } },
    allowPositionals: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a port number (0-65535), not "${values.port}".`);
  const rendererDir = path.resolve(__dirname, '../renderer');
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) fail('The app is not built yet: run `npm run build` first.');

  const dataDir = resolveDataDir(values['data-dir']);
  const services = startServices({ dataDir, resourcesDir: path.resolve(__dirname, '../../resources') });
  const files = articleFiles(positionals, process.cwd());
  const missing = positionals.filter((arg) => !files.includes(path.resolve(arg)));
  if (missing.length) console.error(`pressmark: not article files (.txt, .md, .html, .docx) or not found: ${missing.join(', ')}`);
  const imported = await importArticleFiles(services, files);
  for (const failure of imported.failures) console.error(`pressmark: could not import ${failure}`);
  if (imported.lastId) services.settings.update({ changes: { lastDocumentId: imported.lastId } });
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
    await services.close();
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
