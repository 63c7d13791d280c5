import { describe, expect, it } from 'vitest';
import { splitSentences } from './splitSentences';

const sentences = (text: string) => splitSentences(text, { start: 0, end: text.length }).map((span) => text.slice(span.start, span.end));

describe('splitSentences', () => {
  it('keeps abbreviations, initials and decimals inside their sentence', () => {
    expect(sentences('Dr. Mina Holt arrived at 6 p.m. on Jan. 4. The U.S. team left with 2.5 tonnes of gear.')).toEqual([
      'Dr. Mina Holt arrived at 6 p.m. on Jan. 4.',
      'The U.S. team left with 2.5 tonnes of gear.',
    ]);
  });

  it('ends a sentence at a closing quotation mark when a new one starts (compromise keeps the quotation whole)', () => {
    expect(sentences('She said: “The pumps failed. Nobody came.” Then the lights went out.')).toEqual([
      'She said: “The pumps failed. Nobody came.”',
      'Then the lights went out.',
    ]);
  });

  it('keeps a quotation and its attribution together', () => {
    expect(sentences('“We are done,” the captain said. “Go home.”')).toEqual(['“We are done,” the captain said.', '“Go home.”']);
  });

  it('gives exact offsets into the whole text for a paragraph in the middle', () => {
    const text = 'Intro.\n\nOne here. Two there.';
    const spans = splitSentences(text, { start: 8, end: text.length });
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(['One here.', 'Two there.']);
  });

  it('ends a sentence after "a.m." or "p.m." before a new capitalised sentence, but not before a day or a time zone', () => {
    expect(sentences('The session ended at 4 p.m. Sentencing was put off. It began at 9 a.m. Monday and ran to 5 p.m. EST.')).toEqual([
      'The session ended at 4 p.m.',
      'Sentencing was put off.',
      'It began at 9 a.m. Monday and ran to 5 p.m. EST.',
    ]);
  });
});
