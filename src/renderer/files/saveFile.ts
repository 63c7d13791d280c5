/**
 * Hands an exported file to the user: a download in the browser, Electron's save dialog in the app.
 */
import { base64ToBytes } from './base64';

export function saveFile(fileName: string, mimeType: string, dataBase64: string): void {
  const bytes = base64ToBytes(dataBase64);
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
