/**
 * A Word file (.docx) into an article, with mammoth: paragraphs, headings (Word's Heading 1–6 and
 * Title styles), quotes (Quote and Intense Quote styles), lists, bold, italic and links. Images
 * are dropped without being read. The title is a leading Title or Heading 1 paragraph (taken out
 * of the body), else the file's own title property, else the file name.
 *
 * Before mammoth sees the file, zipArchive checks it is a complete ZIP archive whose XML parts
 * inflate to a sane size, so a truncated file or a "zip bomb" gets a clear refusal.
 */
import mammoth from 'mammoth';
import { ImportError } from '../../shared/import/articleFromFile';
import { LIMITS } from '../../shared/domain/limits';
import type { Node } from 'prosemirror-model';
import { htmlToDoc } from './htmlToDoc';
import { HtmlNestingError, MAX_HTML_NESTING } from './htmlNesting';
import { takeLeadingHeading } from './leadingTitle';
import { cleanMetadataText, normaliseLanguage } from './metadataText';
import { titleFromFileName, type RichImportedArticle } from './richArticle';
import { listZipEntries, readZipEntry, ZipFormatError, type ZipEntry } from './zipArchive';
import type { PmNodeJson } from '../../shared/domain/document';
import { shortReason } from './errorReason';

/** Total inflated size of the XML parts mammoth reads; a 5-million-character article is far below it. */
const MAX_UNPACKED_XML_BYTES = 256 * 1024 * 1024;
const MAX_CORE_PROPERTIES_BYTES = 1024 * 1024;

const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "r[style-name='Emphasis'] => em",
];

/** Async because mammoth is. Throws ImportError for anything that is not a readable Word document. */
export async function articleFromDocx(fileName: string, bytes: Uint8Array): Promise<RichImportedArticle> {
  const entries = checkArchive(fileName, bytes);
  const doc = wordHtmlToDoc(fileName, await convertToHtml(fileName, bytes));
  const properties = coreProperties(bytes, entries);
  const leading = takeLeadingHeading(doc);
  const title = leading?.title || properties.title || titleFromFileName(fileName);
  const language = properties.language;
  return {
    title,
    content: (leading?.body ?? doc).toJSON() as PmNodeJson,
    ...(language ? { language } : {}),
  };
}

function notReadable(fileName: string, reason: string): ImportError {
  return new ImportError(`"${fileName}" is not a readable Word document: ${reason}`);
}

function checkArchive(fileName: string, bytes: Uint8Array): ZipEntry[] {
  if (bytes.length === 0) throw notReadable(fileName, 'the file is empty.');
  // An OLE compound file: the old .doc format, or a password-protected .docx.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw notReadable(fileName, 'it is an old-style .doc file or password-protected. Save it again in Word as .docx, without a password.');
  }
  let entries: ZipEntry[];
  try {
    entries = listZipEntries(bytes);
  } catch (error) {
    throw notReadable(fileName, error instanceof ZipFormatError ? lowerFirst(error.message) : 'it is damaged.');
  }
  if (!entries.some((entry) => entry.name === '[Content_Types].xml')) {
    throw notReadable(fileName, 'it is a ZIP archive without a Word document inside.');
  }
  let unpacked = 0;
  for (const entry of entries) {
    if (!/\.(xml|rels)$/i.test(entry.name)) continue; // media: never read
    try {
      unpacked += readZipEntry(bytes, entry, MAX_UNPACKED_XML_BYTES - unpacked).length;
    } catch (error) {
      if (error instanceof ZipFormatError && /too large/.test(error.message)) {
        throw new ImportError(
          `"${fileName}" is too large to import once unpacked (over ${MAX_UNPACKED_XML_BYTES / 1024 / 1024} MB of text).`,
        );
      }
      throw notReadable(fileName, error instanceof ZipFormatError ? lowerFirst(error.message) : 'it is damaged.');
    }
  }
  return entries;
}

async function convertToHtml(fileName: string, bytes: Uint8Array): Promise<string> {
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        includeEmbeddedStyleMap: false,
        externalFileAccess: false,
        // Images become nothing: their bytes are never read.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    return result.value;
  } catch (error) {
    throw notReadable(fileName, `its content could not be read (${shortReason(error)}).`);
  }
}

function wordHtmlToDoc(fileName: string, html: string): Node {
  try {
    return htmlToDoc(html);
  } catch (error) {
    if (error instanceof HtmlNestingError) {
      throw new ImportError(`"${fileName}" cannot be imported: its tables or lists are nested more than ${MAX_HTML_NESTING} levels deep.`);
    }
    throw error;
  }
}

/** The title and language Word keeps in docProps/core.xml, if any. */
function coreProperties(bytes: Uint8Array, entries: ZipEntry[]): { title: string; language: string } {
  const entry = entries.find((e) => e.name === 'docProps/core.xml');
  if (!entry) return { title: '', language: '' };
  let xml: string;
  try {
    xml = new TextDecoder().decode(readZipEntry(bytes, entry, MAX_CORE_PROPERTIES_BYTES));
  } catch {
    return { title: '', language: '' };
  }
  return {
    title: cleanMetadataText(xmlElementText(xml, 'title'), LIMITS.titleChars),
    language: normaliseLanguage(xmlElementText(xml, 'language'), LIMITS.languageChars),
  };
}

function xmlElementText(xml: string, localName: string): string {
  const match = new RegExp(`<(?:[\\w.-]+:)?${localName}(?:\\s[^>]*)?>([^<]*)</(?:[\\w.-]+:)?${localName}>`).exec(xml);
  return match?.[1] ? decodeXmlEntities(match[1]) : '';
}

function decodeXmlEntities(text: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return named[name.toLowerCase()] ?? entity;
  });
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
