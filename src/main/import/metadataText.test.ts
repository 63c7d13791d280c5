import { describe, expect, it } from 'vitest';
import { normalisePublishedAt } from './publishedAt';
import { cleanMetadataText, normaliseLanguage } from './metadataText';
import { publishedDate } from '../../shared/domain/document';

describe('normalisePublishedAt', () => {
  it('keeps dates and date-times the document schema accepts', () => {
    for (const value of ['2024-03-05', '2024-03-05T07:30:00Z', '2024-03-05T07:30:00+01:00', '2024-03-05T07:30:00.123+0100']) {
      expect(normalisePublishedAt(value)).toBe(value);
    }
  });

  it('turns other readable dates into ISO form', () => {
    expect(normalisePublishedAt('Tue, 05 Mar 2024 09:15:00 GMT')).toBe('2024-03-05T09:15:00.000Z');
    expect(normalisePublishedAt('March 5, 2024')).toBe('2024-03-05');
    expect(normalisePublishedAt('5 March 2024')).toBe('2024-03-05');
    expect(normalisePublishedAt('2024-03-05T07:30:00 CET')).toBe('2024-03-05');
    expect(normalisePublishedAt(' 2024-03-05 ')).toBe('2024-03-05');
  });

  it('drops what it cannot read as a real date', () => {
    for (const value of ['', 'yesterday', 'last Tuesday', '2024-02-30', '2024-13-01', '99999-01-01', null, undefined, 'x'.repeat(200)]) {
      expect(normalisePublishedAt(value)).toBeNull();
    }
  });

  it('only ever returns values the schema accepts', () => {
    for (const value of ['2024-03-05', 'March 5, 2024', 'Tue, 05 Mar 2024 09:15:00 GMT', '2024-03-05T07:30:00 CET']) {
      const normalised = normalisePublishedAt(value);
      expect(normalised && publishedDate.safeParse(normalised).success).toBe(true);
    }
  });
});

describe('metadata text', () => {
  it('makes one tidy line, cut to the limit without splitting a character', () => {
    expect(cleanMetadataText('  By\n  Maria\tOkafor\u0000 ', 100)).toBe('By Maria Okafor');
    expect(cleanMetadataText('😀'.repeat(10), 5)).toBe('😀😀');
    expect(cleanMetadataText(null, 5)).toBe('');
  });

  it('accepts language tags and nothing else', () => {
    expect(normaliseLanguage('en', 35)).toBe('en');
    expect(normaliseLanguage('en_GB', 35)).toBe('en-GB');
    expect(normaliseLanguage('zh-Hant-TW', 35)).toBe('zh-Hant-TW');
    expect(normaliseLanguage('<script>', 35)).toBe('');
    expect(normaliseLanguage('english please', 35)).toBe('');
  });
});
