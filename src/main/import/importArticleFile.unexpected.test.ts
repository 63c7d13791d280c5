/**
 * An importer failing in a way nobody planned for (a bug in jsdom, mammoth or our code) still
 * reaches the caller as an ImportError naming the file, with a short reason.
 */
import { expect, it, vi } from 'vitest';
import { importArticleFile } from './importArticleFile';
import { ImportError } from '../../shared/import/articleFromFile';

vi.mock('./fromHtmlPage', () => ({
  articleFromHtmlPage: () => {
    throw new RangeError('Maximum call stack size exceeded\n    at somewhere (file.js:1:1)');
  },
}));
vi.mock('./fromDocx', () => ({
  articleFromDocx: () => Promise.reject(new TypeError('Cannot read properties of undefined')),
}));

it('wraps unexpected exceptions into an ImportError', async () => {
  const html = await importArticleFile('page.html', new Uint8Array([60])).catch((e: unknown) => e);
  expect(html).toBeInstanceOf(ImportError);
  expect((html as Error).message).toBe('"page.html" could not be imported (Maximum call stack size exceeded).');

  const docx = await importArticleFile('notes.docx', new Uint8Array([1])).catch((e: unknown) => e);
  expect(docx).toBeInstanceOf(ImportError);
  expect((docx as Error).message).toBe('"notes.docx" could not be imported (Cannot read properties of undefined).');
});
