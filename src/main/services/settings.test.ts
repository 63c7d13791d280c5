/**
 * Settings through the contract: the desktop preferences (theme, spell-checking languages, zoom, window bounds)
 * are checked and kept, recent documents follow what is opened, and a damaged value falls back alone.
 */
import { describe, expect, it } from 'vitest';
import { createTestApi, docJson } from '../../test/testServices';
import { RECENT_DOCUMENTS } from '../../shared/domain/settings';

describe('settings', () => {
  it('keeps theme, spell-checking languages, zoom and window bounds, and refuses bad values', async () => {
    const { client } = createTestApi();
    const fresh = await client.call('settings.get', {});
    expect(fresh).toMatchObject({ theme: 'system', spellcheckLanguages: [], zoom: 1, windowBounds: null, recentDocumentIds: [] });
    const bounds = { x: 10, y: 20, width: 1200, height: 800, maximized: false };
    await client.call('settings.update', {
      changes: { theme: 'dark', spellcheckLanguages: ['en-GB', 'fa'], zoom: 1.25, windowBounds: bounds },
    });
    expect(await client.call('settings.get', {})).toMatchObject({
      theme: 'dark',
      spellcheckLanguages: ['en-GB', 'fa'],
      zoom: 1.25,
      windowBounds: bounds,
    });
    for (const changes of [{ theme: 'sepia' }, { spellcheckLanguages: ['not a tag'] }, { zoom: 12 }, { recentDocumentIds: [] }])
      await expect(client.call('settings.update', { changes } as never)).rejects.toMatchObject({ code: 'invalid_input' });
    expect((await client.call('settings.get', {})).theme).toBe('dark');
  });

  it('lists recent documents most recent first, without repeats, up to the limit', async () => {
    const { client } = createTestApi();
    const ids: string[] = [];
    for (let i = 0; i < RECENT_DOCUMENTS + 2; i++)
      ids.push((await client.call('documents.create', { title: `Story ${i}`, content: docJson(`Text ${i}.`) })).id);
    for (const id of ids) await client.call('settings.update', { changes: { lastDocumentId: id } });
    await client.call('settings.update', { changes: { lastDocumentId: ids[5]! } });
    await client.call('settings.update', { changes: { lastDocumentId: null } });
    const { recentDocumentIds, lastDocumentId } = await client.call('settings.get', {});
    expect(lastDocumentId).toBeNull();
    expect(recentDocumentIds).toHaveLength(RECENT_DOCUMENTS);
    expect(recentDocumentIds[0]).toBe(ids[5]);
    expect(recentDocumentIds[1]).toBe(ids.at(-1));
    expect(new Set(recentDocumentIds).size).toBe(RECENT_DOCUMENTS);
    expect(recentDocumentIds).not.toContain(ids[0]);
  });
});
