/**
 * Headlines inside imported content. A document that opens with a level-one heading (a Word
 * "Title" or "Heading 1" paragraph) has its title there, as a Markdown file does; a web page's
 * content often repeats the headline Readability already took as the title.
 */
import type { Node } from 'prosemirror-model';
import { articleSchema } from '../../shared/editor/schema';

/** The opening level-one heading as the title and the rest as the body, if there is a rest. */
export function takeLeadingHeading(doc: Node): { title: string; body: Node } | null {
  const first = doc.firstChild;
  if (first?.type.name !== 'heading' || first.attrs.level !== 1 || doc.childCount < 2) return null;
  const title = first.textContent.replace(/\s+/g, ' ').trim();
  return title ? { title, body: withoutFirstBlock(doc) } : null;
}

/** The document without a first heading that only repeats the title. */
export function dropRepeatedTitle(doc: Node, title: string): Node {
  const first = doc.firstChild;
  const same = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  if (first?.type.name !== 'heading' || doc.childCount < 2 || same(first.textContent) !== same(title)) return doc;
  return withoutFirstBlock(doc);
}

function withoutFirstBlock(doc: Node): Node {
  const rest: Node[] = [];
  doc.forEach((child, _offset, index) => index > 0 && rest.push(child));
  return articleSchema.node('doc', null, rest);
}
