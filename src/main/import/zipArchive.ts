/**
 * Just enough of the ZIP format to look inside a .docx before mammoth does: the entries of the
 * central directory (ZIP64 included) and the inflated bytes of one entry, with a ceiling on its
 * size. That lets fromDocx refuse a truncated file or a "zip bomb" (a small file that inflates to
 * gigabytes) with a clear message, and read the core properties mammoth does not expose.
 */
import { inflateRawSync } from 'node:zlib';

export class ZipFormatError extends Error {
  override name = 'ZipFormatError';
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** The entries of the archive, from its central directory. Throws ZipFormatError if it is not a readable ZIP file. */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] {
  try {
    return readCentralDirectory(bytes);
  } catch (error) {
    // A field pointing outside the file makes DataView throw a RangeError.
    if (error instanceof RangeError) throw new ZipFormatError('Its table of contents is damaged.');
    throw error;
  }
}

function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  let count = view.getUint16(end + 10, true);
  let directorySize = view.getUint32(end + 12, true);
  let directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const zip64 = readZip64End(view, end);
    ({ count, directorySize, directoryOffset } = zip64);
  }
  if (directoryOffset + directorySize > bytes.length) throw new ZipFormatError('The file is truncated.');

  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_HEADER)
      throw new ZipFormatError('Its table of contents is damaged.');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength + extraLength > bytes.length) throw new ZipFormatError('Its table of contents is damaged.');
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    applyZip64Extra(view, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's bytes, inflated. Throws ZipFormatError if they are damaged or would exceed `maxBytes`. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) throw new ZipFormatError(`"${entry.name}" is damaged.`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (start + entry.compressedSize > bytes.length) throw new ZipFormatError('The file is truncated.');
  if (entry.method === STORED) {
    if (data.length > maxBytes) throw new ZipFormatError(`"${entry.name}" is too large.`);
    return data;
  }
  if (entry.method !== DEFLATED) throw new ZipFormatError(`"${entry.name}" uses a compression method Pressmark cannot read.`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (error) {
    const tooLarge = (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError;
    throw new ZipFormatError(tooLarge ? `"${entry.name}" is too large once unpacked.` : `"${entry.name}" is damaged.`);
  }
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end of the file.
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new ZipFormatError('It is not a ZIP archive, or it is truncated.');
}

function readZip64End(view: DataView, end: number): { count: number; directorySize: number; directoryOffset: number } {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) throw new ZipFormatError('Its table of contents is damaged.');
  const record = safeNumber(view.getBigUint64(locator + 8, true));
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_END)
    throw new ZipFormatError('Its table of contents is damaged.');
  return {
    count: safeNumber(view.getBigUint64(record + 32, true)),
    directorySize: safeNumber(view.getBigUint64(record + 40, true)),
    directoryOffset: safeNumber(view.getBigUint64(record + 48, true)),
  };
}

/** ZIP64 keeps the real sizes and offset in an extra field, in this order, for the fields set to 0xFFFFFFFF. */
function applyZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  for (let at = start; at + 4 <= start + length;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = () => {
        if (field + 8 > at + 4 + size) throw new ZipFormatError('Its table of contents is damaged.');
        const value = safeNumber(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + size;
  }
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError('Its table of contents is damaged.');
  return Number(value);
}
