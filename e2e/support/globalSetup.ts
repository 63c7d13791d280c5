/**
 * Before the Electron project runs (only where an Electron binary exists), make sure Electron
 * has a better-sqlite3 built for its own ABI, as `npm start` does.
 */
import { ROOT, electronBinary } from './environment';

export default async function globalSetup(): Promise<void> {
  const binary = electronBinary();
  if (!binary) return;
  const { ensureElectronSqlite } = await import('../../scripts/lib/electron.cjs');
  const result = ensureElectronSqlite(ROOT, binary);
  if (!result.binding) throw new Error(`Electron is installed but cannot run Pressmark: ${result.reason}`);
}
