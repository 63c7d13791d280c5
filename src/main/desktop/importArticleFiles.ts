/**
 * Imports article files named on the command line (or handed over by the system) into the library, one after
 * another; the desktop app and the browser host then open the last one. Failures are collected, not thrown, so
 * one unreadable file does not stop the others.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Services } from '../services/services';
import { articleFilesFromArgs } from './articleFilesFromArgs';

export interface ImportedFiles {
  /** The last document imported, or null when none was. */
  lastId: string | null;
  /** "name: reason" for each file that could not be imported. */
  failures: string[];
}

const isFile = (file: string) => {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};

/** The arguments that name existing article files. */
export function articleFiles(args: readonly string[], cwd: string): string[] {
  return articleFilesFromArgs(args, cwd, isFile);
}

export async function importArticleFiles(services: Services, files: readonly string[]): Promise<ImportedFiles> {
  let lastId: string | null = null;
  const failures: string[] = [];
  for (const file of files) {
    try {
      const bytes = new Uint8Array(fs.readFileSync(file));
      lastId = (await services.imports.importDocument({ file: { fileName: path.basename(file), bytes } })).document.id;
    } catch (error) {
      failures.push(`${path.basename(file)}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { lastId, failures };
}
