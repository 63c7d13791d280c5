/**
 * The last pass over an imported document: drops blocks with no text (Word's empty paragraphs,
 * the leftovers of removed images and widgets) and leading or trailing line breaks, keeps list
 * items valid, and flattens blockquotes and lists nested deeper than MAX_NESTING into their
 * paragraphs, so the content stays well inside what the API accepts (100 levels of JSON, two per
 * node). The result always passes `doc.check()` and has at least one paragraph.
 */
import type { Node } from 'prosemirror-model';
import { articleSchema } from '../../shared/editor/schema';

export const MAX_NESTING = 24;

export function tidyDoc(doc: Node): Node {
  const blocks = tidyBlocks(doc, 1);
  const tidy = articleSchema.node('doc', null, blocks.length > 0 ? blocks : [articleSchema.node('paragraph')]);
  tidy.check();
  return tidy;
}

function tidyBlocks(parent: Node, depth: number): Node[] {
  const out: Node[] = [];
  parent.forEach((child) => {
    if (child.isTextblock) {
      const block = trimBreaks(child);
      if (block) out.push(block);
    } else if (depth >= MAX_NESTING || !['blockquote', 'bullet_list', 'ordered_list'].includes(child.type.name)) {
      out.push(...textblocksOf(child));
    } else if (child.type.name === 'blockquote') {
      const inner = tidyBlocks(child, depth + 1);
      if (inner.length > 0) out.push(child.type.create(child.attrs, inner));
    } else {
      const items: Node[] = [];
      child.forEach((item) => {
        const tidyItem = tidyListItem(item, depth + 2);
        if (tidyItem) items.push(tidyItem);
      });
      if (items.length > 0) out.push(child.type.create(child.attrs, items));
    }
  });
  return out;
}

/** A list item must start with a paragraph: a heading becomes one, anything else gets an empty one before it. */
function tidyListItem(item: Node, depth: number): Node | null {
  const inner = tidyBlocks(item, depth);
  const first = inner[0];
  if (!first) return null;
  if (first.type.name !== 'paragraph') {
    if (first.isTextblock) inner[0] = articleSchema.node('paragraph', null, first.content);
    else inner.unshift(articleSchema.node('paragraph'));
  }
  return item.type.create(item.attrs, inner);
}

/** The textblocks inside a node, with text, in order: what is left of a structure too deep to keep. */
function textblocksOf(node: Node): Node[] {
  const blocks: Node[] = [];
  node.descendants((child) => {
    if (!child.isTextblock) return true;
    const block = trimBreaks(child);
    if (block) blocks.push(block);
    return false;
  });
  return blocks;
}

/** The block without line breaks at its start or end; null if it holds no visible text. */
function trimBreaks(block: Node): Node | null {
  if (block.textContent.trim() === '') return null;
  let start = 0;
  let end = block.childCount;
  while (start < end && block.child(start).type.name === 'hard_break') start++;
  while (end > start && block.child(end - 1).type.name === 'hard_break') end--;
  if (start === 0 && end === block.childCount) return block;
  const kept: Node[] = [];
  for (let i = start; i < end; i++) kept.push(block.child(i));
  return block.type.create(block.attrs, kept);
}
