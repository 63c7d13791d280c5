/**
 * Imports dropped or chosen files one at a time, reporting progress: articles become new
 * documents; W3C Web Annotation files go into the open article. Each file succeeds or fails on
 * its own, with a message naming it.
 */
import type { ApiClient } from '../../shared/contract/client';
import { bytesToBase64 } from './base64';
import { isAnnotationFile } from './fileKinds';
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../../shared/import/fileTypes';

export interface ImportProgress {
  done: number;
  total: number;
  current: string | null;
}

export interface OpenArticle {
  documentId: string;
  /** Stores every pending edit, so imported annotations anchor to the text on screen. */
  flush(): Promise<void>;
  /** Reloads the article after annotations were added behind its back. */
  reload(): void;
}

export interface ImportOutcome {
  documentIds: string[];
  annotationsImported: number;
  failures: string[];
  messages: string[];
}

export async function importFiles(
  api: ApiClient,
  files: readonly File[],
  openArticle: OpenArticle | null,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { documentIds: [], annotationsImported: 0, failures: [], messages: [] };
  for (const [index, file] of files.entries()) {
    onProgress({ done: index, total: files.length, current: file.name });
    try {
      if (file.size > MAX_IMPORT_BYTES) throw new Error(tooLargeMessage(file.name, file.size));
      const data = { fileName: file.name, dataBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
      if (isAnnotationFile(file.name)) {
        if (!openArticle) throw new Error(`"${file.name}" holds annotations: open the article they belong to, then import it.`);
        await openArticle.flush();
        const result = await api.call('annotations.import', { documentId: openArticle.documentId, file: data });
        outcome.annotationsImported += result.imported;
        outcome.messages.push(`Imported ${result.imported} annotation${result.imported === 1 ? '' : 's'} from “${file.name}”.`);
        for (const ignored of result.ignored) outcome.messages.push(`Skipped annotation ${ignored.index + 1}: ${ignored.reason}`);
      } else {
        const result = await api.call('documents.import', { file: data });
        outcome.documentIds.push(result.document.id);
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      outcome.failures.push(message.includes(file.name) ? message : `Could not import “${file.name}”: ${message}`);
    }
  }
  onProgress({ done: files.length, total: files.length, current: null });
  if (outcome.annotationsImported > 0) openArticle?.reload();
  return outcome;
}
