/**
 * Plain text (pasted wire copy, .txt files) into an article document.
 *
 * Blank lines separate paragraphs. Where a text has no blank line at all,
 * every line is a paragraph (the usual shape of copied web text). Single
 * line breaks inside a blank-line-separated paragraph are kept as hard breaks,
 * so no character of the text is lost or moved.
 */
import type { Node } from 'prosemirror-model';
import { articleSchema } from './schema';

export function plainTextToDoc(text: string): Node {
  const normalised = text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const hasBlankLines = /\n[ \t]*\n/.test(normalised);
  const chunks = hasBlankLines ? normalised.split(/\n(?:[ \t]*\n)+/) : normalised.split('\n');
  const paragraphs = chunks
    .map((chunk) => chunk.replace(/^\n+|\n+$/g, ''))
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => paragraph(chunk));
  return articleSchema.node('doc', null, paragraphs.length ? paragraphs : [articleSchema.node('paragraph')]);
}

function paragraph(chunk: string): Node {
  const inline: Node[] = [];
  chunk.split('\n').forEach((line, index) => {
    if (index > 0) inline.push(articleSchema.node('hard_break'));
    if (line !== '') inline.push(articleSchema.text(line));
  });
  return articleSchema.node('paragraph', null, inline);
}

/**
 * Splits pasted text into a suggested title and body: a short first line that does not end a
 * sentence is almost always a headline.
 */
export function splitHeadline(text: string): { title: string; body: string } {
  const normalised = text
    .replace(/\r\n?/g, '\n')
    .replace(/^\uFEFF/, '')
    .trimStart();
  const newline = normalised.indexOf('\n');
  const firstLine = (newline === -1 ? normalised : normalised.slice(0, newline)).trim();
  const rest = newline === -1 ? '' : normalised.slice(newline + 1);
  const looksLikeHeadline = firstLine.length > 0 && firstLine.length <= 160 && !/[.:;,]$/.test(firstLine) && rest.trim() !== '';
  return looksLikeHeadline ? { title: firstLine, body: rest } : { title: '', body: normalised };
}
