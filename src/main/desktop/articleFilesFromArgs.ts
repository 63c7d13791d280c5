/**
 * Which command-line arguments are articles to open: `pressmark story.docx` from a shell, a file double-clicked in
 * the system's file manager, or a second launch that hands its arguments to the running app. Flags, the Electron
 * executable and the app's own path are skipped; only existing files of the kinds Pressmark imports are kept.
 */
import path from 'node:path';
import { ARTICLE_EXTENSIONS } from '../../shared/import/fileTypes';

export function articleFilesFromArgs(args: readonly string[], cwd: string, isFile: (file: string) => boolean): string[] {
  const files: string[] = [];
  for (const arg of args) {
    if (arg.startsWith('-')) continue;
    const file = path.resolve(cwd, arg);
    if (!ARTICLE_EXTENSIONS.includes(path.extname(file).toLowerCase())) continue;
    if (isFile(file) && !files.includes(file)) files.push(file);
  }
  return files;
}
