import { createContext, useContext } from 'react';
import type { OpenArticle } from '../files/fileImporter';

export interface Importer {
  /** Imports files (articles become documents; annotation files go into the open article). */
  importFiles(files: File[]): void;
  /** The open article registers itself so annotation files can go into it. */
  setOpenArticle(article: OpenArticle | null): void;
}

export const ImporterContext = createContext<Importer | null>(null);

export function useImporter(): Importer {
  const importer = useContext(ImporterContext);
  if (!importer) throw new Error('useImporter outside ImporterContext');
  return importer;
}
