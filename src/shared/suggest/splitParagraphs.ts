import type { TextSpan } from './suggestionTypes';

/**
 * Paragraphs of a story: every run of text between line breaks, trimmed. This covers a stored document's plain text
 * (blocks joined by "\n\n", hard breaks "\n") and raw files (paragraphs on single "\n" or "\r\n" lines) alike; a hard
 * break inside a block is treated as a paragraph break, which is what it is in news copy (datelines, captions).
 */
export function splitParagraphs(text: string): TextSpan[] {
  const paragraphs: TextSpan[] = [];
  const line = /[^\r\n\u2028\u2029]+/g;
  for (let match = line.exec(text); match; match = line.exec(text)) {
    const span = trimSpan(text, match.index, match.index + match[0].length);
    if (span.end > span.start) paragraphs.push(span);
  }
  return paragraphs;
}

/** The span without leading and trailing whitespace. */
export function trimSpan(text: string, start: number, end: number): TextSpan {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 160 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x3000 ||
    code === 0x202f
  );
}
