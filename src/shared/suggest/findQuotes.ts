import type { Story } from './analyseStory';
import type { TextSpan } from './suggestionTypes';

/**
 * A stretch of text between quotation marks, found by the marks alone (whether it is speech is decided later).
 * Convention: the span runs from the opening mark to the closing mark inclusive; a quotation left open at the end of a
 * paragraph runs to the paragraph's end (trailing whitespace excluded).
 */
export interface QuotedSpan extends TextSpan {
  paragraph: number;
  /** the words between the marks */
  inner: TextSpan;
  /** false when the paragraph ended before a closing mark */
  closed: boolean;
  /** index (in the returned list) of the first span of a quotation running over several paragraphs; its own index otherwise */
  chain: number;
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);

/**
 * Every quoted stretch, in text order. Curly (“…”), straight ("…"), low-high („…“) and guillemet («…») double marks
 * are read; single marks are left alone (they mostly nest inside double ones, and ’ is also the apostrophe).
 * A paragraph that ends inside a quotation and a next paragraph that opens with a mark form one chain.
 */
export function findQuotedSpans(story: Story): QuotedSpan[] {
  const { text } = story;
  const spans: QuotedSpan[] = [];
  let openChain = -1; // index of the chain's first span when the previous paragraph ended inside a quotation
  for (const paragraph of story.paragraphs) {
    let openAt = -1;
    let carriedChain = openChain;
    openChain = -1;
    const push = (start: number, end: number, closed: boolean): number => {
      const index = spans.length;
      const chain = carriedChain >= 0 && start === paragraph.start ? carriedChain : index;
      carriedChain = -1;
      const innerStart = start + 1;
      const innerEnd = closed ? end - 1 : end;
      spans.push({
        start,
        end,
        paragraph: paragraph.index,
        inner: { start: innerStart, end: Math.max(innerStart, innerEnd) },
        closed,
        chain,
      });
      return chain;
    };
    for (let i = paragraph.start; i < paragraph.end; i++) {
      const ch = text[i]!;
      const prev = i > paragraph.start ? text[i - 1]! : ' ';
      const next = i + 1 < paragraph.end ? text[i + 1]! : ' ';
      if (ch === '"') {
        if (openAt < 0) {
          if (!/\s/u.test(next)) openAt = i;
        } else if (!/\s/u.test(prev) || /[\s\p{P}]/u.test(next)) {
          push(openAt, i + 1, true);
          openAt = -1;
        }
      } else if (ch === '“' && openAt >= 0 && text[openAt] === '„') {
        push(openAt, i + 1, true);
        openAt = -1;
      } else if (OPENERS.has(ch)) {
        // a new opening mark while one is open: the earlier quotation was never closed
        if (openAt >= 0) push(openAt, trimEnd(text, openAt, i), false);
        openAt = i;
      } else if (CLOSERS.has(ch)) {
        if (openAt >= 0) {
          push(openAt, i + 1, true);
          openAt = -1;
        } else if (ch === '”' && /[\s(—–-]/u.test(prev) && /\p{L}/u.test(next)) {
          // some copy uses ” to open as well (”Yes,” she said)
          openAt = i;
        }
      }
    }
    if (openAt >= 0) {
      const chain = push(openAt, trimEnd(text, openAt, paragraph.end), false);
      // the quotation continues if the next paragraph opens with a mark
      const nextParagraph = story.paragraphs[paragraph.index + 1];
      if (nextParagraph && isOpeningMark(text[nextParagraph.start]!)) openChain = chain;
    }
  }
  return spans;
}

function isOpeningMark(ch: string): boolean {
  return ch === '“' || ch === '"' || ch === '„' || ch === '«';
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start + 1 && /\s/u.test(text[end - 1]!)) end--;
  return end;
}
