/**
 * Where Pressmark keeps its data outside Electron: --data-dir, else PRESSMARK_DATA_DIR, else the
 * same folder Electron's app.getPath('userData') uses for "Pressmark", so the browser host and
 * the desktop app see the same library on one machine.
 */
import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'Pressmark';

export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home = os.homedir(),
): string {
  if (platform === 'win32') return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), APP_DIR_NAME);
}

export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = flag ?? env.PRESSMARK_DATA_DIR;
  return chosen ? path.resolve(chosen) : defaultDataDir(process.platform, env);
}
