import { describe, expect, it } from 'vitest';
import { articleSchema as s } from '../editor/schema';
import { TextIndex, docPlainText } from './textIndex';
import { plainTextToDoc } from '../editor/fromPlainText';
import { readFixture } from '../../test/testServices';

const doc = s.node('doc', null, [
  s.node('heading', { level: 2 }, [s.text('Title')]),
  s.node('paragraph', null, [s.text('One '), s.text('bold', [s.mark('strong')]), s.node('hard_break'), s.text('two')]),
  s.node('blockquote', null, [s.node('paragraph', null, [s.text('Quoted')])]),
  s.node('bullet_list', null, [s.node('list_item', null, [s.node('paragraph', null, [s.text('Item')])])]),
  s.node('paragraph'),
  s.node('paragraph', null, [s.text('End')]),
]);

describe('TextIndex', () => {
  it('joins textblocks with a blank line and writes hard breaks as newlines', () => {
    expect(docPlainText(doc)).toBe('Title\n\nOne bold\ntwo\n\nQuoted\n\nItem\n\n\n\nEnd');
  });

  it('maps every position inside a textblock to the offset of the same character, and back', () => {
    const index = TextIndex.fromDoc(doc);
    doc.descendants((node, pos) => {
      if (!node.isTextblock) return true;
      for (let i = 0; i <= node.content.size; i++) {
        const offset = index.posToOffset(pos + 1 + i);
        expect(index.offsetToPos(offset)).toBe(pos + 1 + i);
      }
      const text = node.textBetween(0, node.content.size, undefined, '\n');
      expect(index.text.slice(index.posToOffset(pos + 1), index.posToOffset(pos + 1 + node.content.size))).toBe(text);
      return false;
    });
  });

  it('puts offsets inside a block separator at the next block start or the previous block end', () => {
    const index = TextIndex.fromDoc(doc);
    const separator = index.text.indexOf('\n\n') + 1; // between "Title" and "One"
    const startPos = index.offsetToPos(separator, 'start');
    const endPos = index.offsetToPos(separator, 'end');
    expect(doc.textBetween(startPos, startPos + 3)).toBe('One');
    expect(doc.textBetween(endPos - 5, endPos)).toBe('Title');
  });

  it('maps the fixture article: every word found in the text is the same word in the document', () => {
    const fixtureDoc = plainTextToDoc(readFixture());
    const index = TextIndex.fromDoc(fixtureDoc);
    for (const words of ['Police said', 'attendees numbered into the millions', 'Tasnim News Agency reported', 'Order of Zulfaqar']) {
      const start = index.text.indexOf(words);
      expect(start).toBeGreaterThan(0);
      const from = index.offsetToPos(start);
      const to = index.offsetToPos(start + words.length, 'end');
      expect(fixtureDoc.textBetween(from, to)).toBe(words);
    }
  });
});
