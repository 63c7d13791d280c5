/**
 * The bytes of a saved web page into text. A byte-order mark decides; else UTF-16 if the bytes
 * have its unmistakable pattern of zero bytes; else UTF-8 if the bytes are valid UTF-8; else the
 * charset the page declares in a <meta> tag (ISO-8859-2, Shift_JIS …); else Windows-1252, the
 * usual encoding of older pages (decodeText does the Windows-1252 table).
 */
import { decodeText } from '../../shared/text/decodeText';

/** How far into the file a <meta charset> may be, as in the HTML standard's prescan. */
const PRESCAN_BYTES = 1024;

export function decodeHtmlBytes(bytes: Uint8Array): string {
  const utf16 = hasByteOrderMark(bytes) ? null : sniffUtf16(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  const decoded = decodeText(bytes);
  if (decoded.encoding !== 'windows-1252') return decoded.text;
  const declared = declaredCharset(bytes);
  if (declared) {
    try {
      const decoder = new TextDecoder(declared);
      // Latin-1 labels and Windows-1252 mean the same to browsers: decodeText's table already did that.
      // A page declaring UTF-8 or UTF-16 whose bytes are not UTF-8 is mislabelled; Windows-1252 is the best guess.
      if (!['windows-1252', 'utf-8', 'utf-16le', 'utf-16be'].includes(decoder.encoding)) return decoder.decode(bytes);
    } catch {
      // A label this runtime does not know: fall through.
    }
  }
  return decoded.text;
}

function hasByteOrderMark(bytes: Uint8Array): boolean {
  return (
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  );
}

/** Markup is mostly ASCII, so UTF-16 without a byte-order mark has a zero in every other byte. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, PRESCAN_BYTES) / 2);
  if (pairs < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs * 0.5 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.5 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, PRESCAN_BYTES));
  const match = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  return match?.[1] ?? null;
}

/**
 * True for text that is not a web page at all: an image, an archive or an executable renamed .html.
 * Real pages have no NUL characters and almost no other control characters.
 */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65_536);
  if (sample.includes('\u0000')) return true;
  // eslint-disable-next-line no-control-regex
  const controls = sample.match(/[\u0001-\u0008\u000b\u000e-\u001f\u007f]/g)?.length ?? 0;
  return controls > sample.length / 100;
}
