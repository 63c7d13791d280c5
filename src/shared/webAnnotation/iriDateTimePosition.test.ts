import { describe, expect, it } from 'vitest';
import { httpUri, isAbsoluteIri, isAbsoluteUri, uuidFromUrn, uuidUrn } from './iri';
import { isXsdDateTime } from './dateTime';
import { codePointRangeToUtf16, utf16RangeToCodePoints } from './textPosition';

describe('IRIs', () => {
  it('accept absolute IRIs and refuse relative references, spaces and bare words', () => {
    for (const iri of [
      'http://example.org/anno1',
      'urn:uuid:dbfb1861-0ecf-41ad-be94-a584e5c4f1df',
      'mailto:a@b.example',
      'https://例え.jp/注釈?q=ü#frag',
      'tag:example.org,2024:x',
      'http://[::1]:8080/a',
    ]) {
      expect(isAbsoluteIri(iri), iri).toBe(true);
    }
    for (const bad of [
      'not a uri',
      'fish',
      '/relative/path',
      '//example.org/a',
      'http://exa mple.org',
      'http://example.org/%zz',
      '',
      '1http://x',
    ]) {
      expect(isAbsoluteIri(bad), bad).toBe(false);
    }
    expect(isAbsoluteUri('https://例え.jp/')).toBe(false);
    expect(isAbsoluteUri('urn:uuid:dbfb1861-0ecf-41ad-be94-a584e5c4f1df/annotations')).toBe(true);
  });

  it('write web addresses as ASCII URIs, and only http(s) ones', () => {
    expect(httpUri('https://example.org')).toBe('https://example.org');
    expect(httpUri('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(httpUri('https://bücher.example/')).toBe('https://xn--bcher-kva.example/');
    expect(httpUri('javascript:alert(1)')).toBeNull();
    expect(httpUri('not a url')).toBeNull();
  });

  it('carry UUIDs as urn:uuid', () => {
    const id = 'DBFB1861-0ECF-41AD-BE94-A584E5C4F1DF';
    expect(uuidFromUrn(uuidUrn(id))).toBe(id.toLowerCase());
    expect(uuidFromUrn('urn:uuid:not-a-uuid')).toBeNull();
    expect(uuidFromUrn('http://example.org/dbfb1861-0ecf-41ad-be94-a584e5c4f1df')).toBeNull();
  });
});

describe('xsd:dateTime', () => {
  it('accepts the lexical forms and checks the calendar', () => {
    for (const ok of ['2020-01-06T10:00:00Z', '2024-02-29T23:59:59.999+14:00', '2020-01-06T10:00:00', '2020-12-31T24:00:00Z']) {
      expect(isXsdDateTime(ok), ok).toBe(true);
    }
    for (const bad of [
      'yesterday',
      '2020-01-06',
      '2020-01-06 10:00:00Z',
      '2023-02-29T10:00:00Z',
      '2020-13-01T00:00:00Z',
      '2020-01-06T10:60:00Z',
      '2020-01-06T10:00:00+15:00',
      '2020-01-06t10:00:00z',
    ]) {
      expect(isXsdDateTime(bad), bad).toBe(false);
    }
  });
});

describe('text positions', () => {
  const text = 'a😀b😀c';

  it('convert between UTF-16 offsets and code points, both ways', () => {
    // "c" is at UTF-16 offset 6 and code point 4.
    expect(utf16RangeToCodePoints(text, { start: 6, end: 7 })).toEqual({ start: 4, end: 5 });
    expect(codePointRangeToUtf16(text, { start: 4, end: 5 })).toEqual({ start: 6, end: 7 });
    expect(utf16RangeToCodePoints(text, { start: 1, end: 3 })).toEqual({ start: 1, end: 2 });
    expect(codePointRangeToUtf16(text, { start: 1, end: 2 })).toEqual({ start: 1, end: 3 });
    expect(codePointRangeToUtf16(text, { start: 0, end: 6 })).toBeNull();
  });
});

describe('text positions against a character-by-character count', () => {
  it('agree with Array.from for every offset of a text mixing emoji, accents and plain letters', () => {
    const text = 'a😀b\u00e9c🇮🇷d \u{1F600}\u{1F600}e𝒳';
    const codePoints = Array.from(text);
    let unit = 0;
    codePoints.forEach((char, cp) => {
      expect(utf16RangeToCodePoints(text, { start: unit, end: unit + char.length })).toEqual({ start: cp, end: cp + 1 });
      expect(codePointRangeToUtf16(text, { start: cp, end: cp + 1 })).toEqual({ start: unit, end: unit + char.length });
      unit += char.length;
    });
    expect(codePointRangeToUtf16(text, { start: 0, end: codePoints.length })).toEqual({ start: 0, end: text.length });
    expect(codePointRangeToUtf16(text, { start: 0, end: codePoints.length + 1 })).toBeNull();
  });
});
