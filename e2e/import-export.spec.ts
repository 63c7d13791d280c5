/**
 * Import and export through the UI: files dropped on the window (with progress), the Export
 * menu's every format opened back and read, W3C annotations imported into an open article,
 * and rich text pasted from a browser kept to our schema.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { test, expect } from './support/app';
import { FIXTURE, ROOT, SCREENSHOTS } from './support/environment';
import { editor, highlightedText, openCard } from './support/editor';
import { dropFiles, exportAs } from './support/files';

const IMPORT_FIXTURES = path.join(ROOT, 'src', 'main', 'import', 'fixtures');

test('drop several files of different formats: each becomes a document, with progress', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Library' }).click();
  await dropFiles(page, [
    { name: 'wire.txt', mimeType: 'text/plain', bytes: fs.readFileSync(FIXTURE) },
    { name: 'briefing.md', mimeType: 'text/markdown', bytes: fs.readFileSync(path.join(ROOT, 'e2e', 'fixtures', 'council-briefing.md')) },
    { name: 'saved-page.html', mimeType: 'text/html', bytes: fs.readFileSync(path.join(IMPORT_FIXTURES, 'saved-page.html')) },
    { name: 'briefing.docx', mimeType: 'application/octet-stream', bytes: fs.readFileSync(path.join(IMPORT_FIXTURES, 'briefing.docx')) },
    { name: 'broken.docx', mimeType: 'application/octet-stream', bytes: Buffer.from('this is not a zip file') },
  ]);
  await expect(page.getByRole('status').filter({ hasText: /Importing \d of 5/ })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('Imported 4 documents.');
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('broken.docx');
  const documents = page.getByRole('list', { name: 'Documents' }).getByRole('listitem');
  await expect(documents).toHaveCount(5);
  await expect(page.getByRole('list', { name: 'Documents' })).toContainText('An emotional Khamenei shows Iran general’s death is personal');
  await expect(page.getByRole('list', { name: 'Documents' })).toContainText('Council briefing: bus lanes on Harbour Road');
});

test('export every format from the Export menu and read each one back', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(/Harbour town votes/);

  const html = await exportAs(page, 'Annotated report (HTML)');
  expect(html.name).toBe('harbour-town-votes-for-a-flood-wall-after-its-worst-storm.report.html');
  // Render the report in Chromium, as a reader would, and read it.
  const reader = await page.context().newPage();
  await reader.setContent(html.bytes.toString('utf8'));
  await expect(reader.locator('h1')).toHaveText('Harbour town votes for a flood wall after its worst storm surge in a century');
  await expect(reader.locator('.article mark.hl-quote').first()).toHaveText('We have run out of second chances,');
  await expect(reader.locator('.note-list > li')).toHaveCount(6);
  await expect(reader.locator('table caption')).toHaveText(['Quotes by speaker', 'Sources', 'Claims by verdict']);
  await reader.screenshot({ path: path.join(SCREENSHOTS, `report-html-${test.info().project.name}.png`), fullPage: true });
  await reader.close();

  const pdf = await exportAs(page, 'Annotated report (PDF)');
  expect(pdf.name.endsWith('.report.pdf')).toBe(true);
  expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');

  const docx = await exportAs(page, 'Annotated report (Word)');
  const zip = await JSZip.loadAsync(docx.bytes);
  expect(await zip.file('word/document.xml')?.async('string')).toContain('We have run out of second chances,');
  expect(await zip.file('word/comments.xml')?.async('string')).toContain('Ines Okafor');

  const md = await exportAs(page, 'Annotated report (Markdown)');
  expect(md.bytes.toString('utf8')).toContain('**We have run out of second chances,**[^1]');

  const csv = await exportAs(page, 'Annotations (CSV spreadsheet)');
  expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  expect(csv.bytes.toString('utf8').split('\r\n').filter(Boolean)).toHaveLength(7);

  const jsonld = await exportAs(page, 'Annotations (W3C Web Annotation JSON-LD)');
  const collection = JSON.parse(jsonld.bytes.toString('utf8'));
  expect(collection.type).toBe('AnnotationCollection');
  expect(collection.first.items).toHaveLength(6);
});

test('import W3C annotations into an open article, anchored on their words', async ({ app }) => {
  const { page } = app;
  const exported = await exportAs(page, 'Annotations (W3C Web Annotation JSON-LD)');
  // Paste the same article as a new document, then import the sample's annotations into it.
  await page.getByRole('button', { name: 'Library' }).click();
  await dropFiles(page, [
    { name: 'sample.md', mimeType: 'text/markdown', bytes: fs.readFileSync(path.join(ROOT, 'resources', 'sample', 'article.md')) },
  ]);
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(/Harbour town votes/);
  await expect(page.getByRole('button', { name: /^All \(0\)$/ })).toBeVisible();
  await page
    .getByLabel('Import W3C annotation files')
    .setInputFiles({ name: 'sample.jsonld', mimeType: 'application/ld+json', buffer: exported.bytes });
  await expect(page.getByRole('button', { name: /^All \(6\)$/ })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('Imported 6 annotations from “sample.jsonld”.');
  expect(await highlightedText(page, 'quote')).toContain('We have run out of second chances,');
  await expect((await openCard(page, 'Claim', 'the highest level')).getByLabel('Attributed to').locator('option:checked')).toHaveText(
    'Kestle Bay council',
  );
});

test('rich text pasted from a browser keeps headings, emphasis, links and lists, and nothing else', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('button', { name: 'New from pasted text' }).click();
  const dialog = page.getByRole('dialog', { name: 'New document from pasted text' });
  const html =
    '<h1>Port strike enters third day</h1><p>Dockers <b>walked out</b> on Monday, <a href="https://example.org/union">the union said</a>.</p>' +
    '<ul><li>12 ships waiting</li><li>Talks on Friday</li></ul><p style="color:red" onclick="__pressmarkXss(1)">Styled <script>__pressmarkXss(2)</script>text.</p>';
  const plain =
    'Port strike enters third day\nDockers walked out on Monday, the union said.\n12 ships waiting\nTalks on Friday\nStyled text.';
  await dialog.getByLabel('Article text').focus();
  await page.evaluate(
    ({ html, plain }) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', plain);
      document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { html, plain },
  );
  await expect(dialog.getByLabel('Title')).toHaveValue('Port strike enters third day');
  await dialog.getByRole('button', { name: 'Create document' }).click();
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue('Port strike enters third day');
  await expect(editor(page).locator('strong')).toHaveText('walked out');
  await expect(editor(page).locator('a')).toHaveAttribute('href', 'https://example.org/union');
  await expect(editor(page).locator('li')).toHaveCount(2);
  await expect(editor(page).locator('h1')).toHaveCount(0);
  await expect(editor(page).locator('[onclick], [style], script')).toHaveCount(0);
  await expect(editor(page)).toContainText('Styled text.');
});
