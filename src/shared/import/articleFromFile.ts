/**
 * A text or Markdown file into a new article: its title and its ProseMirror content.
 * Used by the renderer's "Open file…" and by anything else that imports such files.
 */
import type { Node } from 'prosemirror-model';
import { articleSchema } from '../editor/schema';
import { markdownToDoc } from '../editor/fromMarkdown';
import { plainTextToDoc, splitHeadline } from '../editor/fromPlainText';
import { decodeText } from '../text/decodeText';
import type { PmNodeJson } from '../domain/document';
import { extensionOf, MARKDOWN_EXTENSIONS, MAX_IMPORT_BYTES, TEXT_EXTENSIONS, tooLargeMessage } from './fileTypes';

export class ImportError extends Error {
  override name = 'ImportError';
}

export interface ImportedArticle {
  title: string;
  content: PmNodeJson;
}

export function articleFromFile(fileName: string, bytes: Uint8Array): ImportedArticle {
  const extension = extensionOf(fileName);
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportError(tooLargeMessage(fileName, bytes.length));
  const isMarkdown = MARKDOWN_EXTENSIONS.includes(extension);
  if (!isMarkdown && !TEXT_EXTENSIONS.includes(extension)) {
    throw new ImportError(`"${fileName}" is not a file Pressmark can open here: choose a .txt or .md file.`);
  }
  const { text } = decodeText(bytes);
  if (text.includes('\u0000')) throw new ImportError(`"${fileName}" does not look like a text file (it contains binary data).`);
  if (text.trim() === '') throw new ImportError(`"${fileName}" is empty.`);
  const fallbackTitle = fileName.replace(/\.[^.]+$/, '') || 'Untitled';
  return isMarkdown ? fromMarkdown(text, fallbackTitle) : fromText(text, fallbackTitle);
}

function fromText(text: string, fallbackTitle: string): ImportedArticle {
  const { title, body } = splitHeadline(text);
  return { title: title || fallbackTitle, content: plainTextToDoc(title ? body : text).toJSON() as PmNodeJson };
}

function fromMarkdown(text: string, fallbackTitle: string): ImportedArticle {
  const doc = markdownToDoc(text);
  const first = doc.firstChild;
  if (first?.type.name === 'heading' && first.attrs.level === 1 && doc.childCount > 1) {
    const rest: Node[] = [];
    doc.forEach((child, _offset, index) => index > 0 && rest.push(child));
    return { title: first.textContent, content: articleSchema.node('doc', null, rest).toJSON() as PmNodeJson };
  }
  return { title: fallbackTitle, content: doc.toJSON() as PmNodeJson };
}
