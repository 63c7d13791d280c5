import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { exportDocx } from './exportDocx';
import { buildReport } from '../../../shared/report/buildReport';
import { rtlArticle, RTL_WORDS } from '../../../test/rtlArticle';

describe('the Word report of a right-to-left article', () => {
  it('sets Persian paragraphs right to left (Word has no "auto") and keeps their text', async () => {
    const { document, annotations } = await rtlArticle();
    const bytes = await exportDocx(buildReport({ document, annotations, generatedAt: '2026-11-25T12:00:00.000Z' }));
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const paragraphs = xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs) ?? [];
    const text = (p: string) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const holding = (words: string) => paragraphs.find((p) => text(p).includes(words)) ?? '';
    for (const words of [RTL_WORDS.quote, RTL_WORDS.claim, 'به گفته John Miller']) expect(holding(words), words).toContain('<w:bidi/>');
    expect(holding(RTL_WORDS.english)).not.toContain('<w:bidi/>');
    expect(text(holding(RTL_WORDS.english))).toContain('«گام به گام»');
  });
});
