import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestApi, readFixture, tempDir } from '../../test/testServices';
import { articleFiles, importArticleFiles } from './importArticleFiles';
import { changesMenu } from './changesMenu';
import { articleFilesFromArgs } from './articleFilesFromArgs';
import { restoredBounds } from './windowBounds';

describe('files from the command line', () => {
  it('keeps existing article files, resolved from the working directory, once each', () => {
    const existing = new Set([path.resolve('/news', 'story.docx'), path.resolve('/news/page.HTML'), path.resolve('/tmp/notes.md')]);
    const args = [
      '/opt/Pressmark/pressmark',
      '--data-dir',
      '/d',
      'story.docx',
      'missing.txt',
      '/news/page.HTML',
      'story.docx',
      'photo.jpg',
      '/tmp/notes.md',
    ];
    expect(articleFilesFromArgs(args, '/news', (f) => existing.has(f))).toEqual([
      path.resolve('/news/story.docx'),
      path.resolve('/news/page.HTML'),
      path.resolve('/tmp/notes.md'),
    ]);
    expect(articleFilesFromArgs(['--inspect', '.'], '/news', () => true)).toEqual([]);
  });
});

describe('window bounds', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 900 };
  const monitor = { x: 1440, y: 0, width: 2560, height: 1440 };

  it('reopens where the window was when that screen is still there', () => {
    const saved = { x: 1600, y: 100, width: 1400, height: 1000, maximized: false };
    expect(restoredBounds(saved, [laptop, monitor])).toEqual(saved);
    expect(restoredBounds({ ...saved, maximized: true }, [laptop, monitor])?.maximized).toBe(true);
  });

  it('falls back to the default when the screen is gone, and fits a window larger than its screen', () => {
    expect(restoredBounds({ x: 1600, y: 100, width: 1400, height: 1000, maximized: false }, [laptop])).toBeNull();
    expect(restoredBounds(null, [laptop])).toBeNull();
    expect(restoredBounds({ x: -20, y: 0, width: 2000, height: 1200, maximized: false }, [laptop])).toEqual({
      x: 0,
      y: 0,
      width: 1440,
      height: 900,
      maximized: false,
    });
  });
});

describe('importing files handed to the app', () => {
  it('imports each article, reports the ones it cannot read, and names the last one imported', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'wire.txt'), readFixture());
    fs.writeFileSync(path.join(dir, 'broken.docx'), 'not a zip at all');
    fs.writeFileSync(path.join(dir, 'notes.md'), '# Council notes\n\nThe mayor said the wall will cost 38 million euros.\n');
    const { services } = createTestApi();
    const files = articleFiles(['wire.txt', 'broken.docx', 'notes.md', 'absent.txt', 'photo.jpg'], dir);
    expect(files.map((f) => path.basename(f))).toEqual(['wire.txt', 'broken.docx', 'notes.md']);
    const { lastId, failures } = await importArticleFiles(services, files);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^broken\.docx: /);
    const titles = services.documents.list().map((d) => d.title);
    expect(titles).toEqual(expect.arrayContaining(['Council notes', expect.stringContaining('Khamenei')]));
    expect(services.documents.list().find((d) => d.id === lastId)?.title).toBe('Council notes');
  });
});

describe('when the native menu is rebuilt', () => {
  it('after documents come, go or are renamed, or another one opens; not on every autosave', () => {
    const id = '5d2f1c9e-0b7a-4c1e-9f3a-2b6d8e4a1c70';
    expect(changesMenu('documents.create', {})).toBe(true);
    expect(changesMenu('documents.delete', { id })).toBe(true);
    expect(changesMenu('documents.update', { id, changes: { title: 'New headline' } })).toBe(true);
    expect(changesMenu('documents.update', { id, changes: { content: { type: 'doc' } }, anchors: [] })).toBe(false);
    expect(changesMenu('settings.update', { changes: { lastDocumentId: id } })).toBe(true);
    expect(changesMenu('settings.update', { changes: { zoom: 1.1 } })).toBe(false);
    expect(changesMenu('annotations.create', { documentId: id })).toBe(false);
  });
});
