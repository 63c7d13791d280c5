import { describe, expect, it } from 'vitest';
import { analyseStory } from './analyseStory';
import { findQuotedSpans } from './findQuotes';

const spans = (text: string) =>
  findQuotedSpans(analyseStory(text)).map((span) => ({ text: text.slice(span.start, span.end), closed: span.closed, chain: span.chain }));

describe('findQuotedSpans', () => {
  it('reads curly and straight marks, from the opening mark to the closing one inclusive', () => {
    expect(spans('“Yes,” she said. He said "no" twice.').map((s) => s.text)).toEqual(['“Yes,”', '"no"']);
  });

  it('gives a split quote two spans', () => {
    expect(spans('“The pumps failed at noon,” the engineer said. “Nobody came.”').map((s) => s.text)).toEqual([
      '“The pumps failed at noon,”',
      '“Nobody came.”',
    ]);
  });

  it('runs an unclosed quotation to the end of its paragraph and chains the next paragraph that reopens it', () => {
    const text = '“First we lost the roof,” said Lee. “Then the walls went. \n\n“By morning nothing was left.”\n\nThe end.';
    expect(spans(text)).toEqual([
      { text: '“First we lost the roof,”', closed: true, chain: 0 },
      { text: '“Then the walls went.', closed: false, chain: 1 },
      { text: '“By morning nothing was left.”', closed: true, chain: 1 },
    ]);
  });

  it('does not chain an unclosed quotation to a paragraph that does not reopen it', () => {
    const text = '“It was dark, he said.\n\nThe next day came.';
    expect(spans(text)).toEqual([{ text: '“It was dark, he said.', closed: false, chain: 0 }]);
  });

  it('reads low-high and guillemet marks', () => {
    expect(spans('Er sagte „ja“ und «non».').map((s) => s.text)).toEqual(['„ja“', '«non»']);
  });

  it('leaves nested single marks inside the outer quotation', () => {
    expect(spans('“He told me, ‘Go home,’ and left,” Ruiz said.').map((s) => s.text)).toEqual(['“He told me, ‘Go home,’ and left,”']);
  });
});
