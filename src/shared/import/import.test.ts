import { describe, expect, it } from 'vitest';
import { articleFromFile, ImportError } from './articleFromFile';
import { decodeText } from '../text/decodeText';
import { markdownToDoc } from '../editor/fromMarkdown';
import { plainTextToDoc, splitHeadline } from '../editor/fromPlainText';
import { docPlainText } from '../text/textIndex';
import { readFixture } from '../../test/testServices';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('plainTextToDoc', () => {
  it('makes a paragraph per blank-line-separated block and keeps single newlines as hard breaks', () => {
    const doc = plainTextToDoc('First para\nsame para\n\n\nSecond para');
    expect(doc.childCount).toBe(2);
    expect(docPlainText(doc)).toBe('First para\nsame para\n\nSecond para');
  });

  it('makes a paragraph per line when the text has no blank lines', () => {
    expect(plainTextToDoc('one\ntwo\r\nthree').childCount).toBe(3);
  });

  it('keeps every word of the fixture, in order', () => {
    const fixture = readFixture();
    const words = (text: string) => text.split(/\s+/).filter(Boolean);
    expect(words(docPlainText(plainTextToDoc(fixture)))).toEqual(words(fixture));
  });
});

describe('splitHeadline', () => {
  it('takes a short first line without final punctuation as the title', () => {
    expect(splitHeadline('An emotional Khamenei\n\nDUBAI (AP) – text.')).toEqual({
      title: 'An emotional Khamenei',
      body: '\nDUBAI (AP) – text.',
    });
    expect(splitHeadline('This is a sentence.\nMore.').title).toBe('');
  });
});

describe('markdownToDoc', () => {
  it('reads headings, emphasis, links, lists and blockquotes into our schema', () => {
    const doc = markdownToDoc(
      '# Head\n\nSome *em* and **strong** and [a link](https://example.org).\n\n- one\n- two\n\n> quoted\n\n1. first',
    );
    expect(doc.toJSON()).toMatchObject({
      content: [
        { type: 'heading', attrs: { level: 1 } },
        { type: 'paragraph' },
        { type: 'bullet_list', content: [{ type: 'list_item' }, { type: 'list_item' }] },
        { type: 'blockquote' },
        { type: 'ordered_list' },
      ],
    });
    const marks = JSON.stringify(doc.toJSON());
    expect(marks).toContain('"type":"em"');
    expect(marks).toContain('"type":"strong"');
    expect(marks).toContain('"href":"https://example.org"');
  });

  it('keeps the text of constructs it cannot hold, and never a javascript: link', () => {
    const doc = markdownToDoc('Use `code` here\n\n    indented code\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))');
    const text = docPlainText(doc);
    expect(text).toContain('`code`');
    expect(text).toContain('indented code');
    expect(text).toContain('<script>alert(1)</script>');
    expect(JSON.stringify(doc.toJSON())).not.toMatch(/"href":"\s*javascript/i);
  });
});

describe('decodeText', () => {
  it('honours byte-order marks and falls back to Windows-1252 for bytes that are not UTF-8', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]))).toEqual({ text: 'hi', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0x69, 0x00]))).toEqual({ text: 'hi', encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x68, 0x00, 0x69]))).toEqual({ text: 'hi', encoding: 'utf-16be' });
    expect(decodeText(bytes('café “q”'))).toEqual({ text: 'café “q”', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0x93, 0x63, 0x61, 0x66, 0xe9, 0x94]))).toEqual({ text: '“café”', encoding: 'windows-1252' });
  });
});

describe('articleFromFile', () => {
  it('takes a .txt headline as the title and a .md level-one heading as the title', () => {
    expect(articleFromFile('story.txt', bytes('Headline here\n\nBody text.'))).toMatchObject({ title: 'Headline here' });
    const md = articleFromFile('story.md', bytes('# The title\n\nBody *text*.'));
    expect(md.title).toBe('The title');
    expect(JSON.stringify(md.content)).not.toContain('The title');
  });

  it('refuses other types, empty, binary and oversized files with messages naming the file', () => {
    expect(() => articleFromFile('photo.jpg', bytes('x'))).toThrow(/"photo.jpg" is not a file Pressmark can open/);
    expect(() => articleFromFile('empty.txt', bytes('  \n'))).toThrow(/"empty.txt" is empty/);
    expect(() => articleFromFile('bin.txt', new Uint8Array([0x68, 0x00, 0x69]))).toThrow(ImportError);
    const big = { length: 51 * 1024 * 1024 } as Uint8Array;
    expect(() => articleFromFile('huge.txt', big)).toThrow(/"huge.txt" is too large/);
  });
});
