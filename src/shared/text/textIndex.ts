/**
 * The bridge between ProseMirror positions and plain-text offsets.
 *
 * Annotations are stored as offsets into the article's plain text (what W3C
 * TextPositionSelectors and every export speak). The plain text is the text of
 * each textblock, textblocks joined by a blank line ("\n\n"), a hard break
 * written as "\n". Inside one textblock a ProseMirror position and a text
 * offset therefore advance together, one for one, so a conversion is a binary
 * search over the blocks plus an addition.
 */
import type { Node } from 'prosemirror-model';

export const BLOCK_SEPARATOR = '\n\n';
const HARD_BREAK_TEXT = '\n';

interface TextBlock {
  /** ProseMirror position where the block's content starts. */
  readonly pos: number;
  /** Plain-text offset of the block's first character. */
  readonly offset: number;
  /** Length of the block's content, equal in positions and in characters. */
  readonly length: number;
}

export type Bias = 'start' | 'end';

export class TextIndex {
  private constructor(
    readonly text: string,
    private readonly blocks: readonly TextBlock[],
  ) {}

  static fromDoc(doc: Node): TextIndex {
    const parts: string[] = [];
    const blocks: TextBlock[] = [];
    let offset = 0;
    doc.descendants((node, pos) => {
      if (!node.isTextblock) return true;
      if (blocks.length > 0) {
        parts.push(BLOCK_SEPARATOR);
        offset += BLOCK_SEPARATOR.length;
      }
      const blockText = textblockText(node);
      parts.push(blockText);
      blocks.push({ pos: pos + 1, offset, length: blockText.length });
      offset += blockText.length;
      return false;
    });
    return new TextIndex(parts.join(''), blocks);
  }

  /** Plain-text offset of a document position. Positions between blocks go to the end of the block before. */
  posToOffset(pos: number): number {
    const block = this.lastBlockWhere((b) => b.pos <= pos);
    if (!block) return 0;
    return block.offset + Math.min(pos - block.pos, block.length);
  }

  /**
   * Document position of a plain-text offset. An offset inside a block separator goes to the start
   * of the next block (bias "start") or the end of the block before (bias "end"), so a range never
   * begins or ends between blocks.
   */
  offsetToPos(offset: number, bias: Bias = 'start'): number {
    const index = this.lastIndexWhere((b) => b.offset <= offset);
    const block = index >= 0 ? this.blocks[index] : undefined;
    if (!block) return this.blocks[0]?.pos ?? 0;
    if (offset <= block.offset + block.length) return block.pos + (offset - block.offset);
    const next = this.blocks[index + 1];
    if (bias === 'start' && next) return next.pos;
    return block.pos + block.length;
  }

  private lastBlockWhere(test: (block: TextBlock) => boolean): TextBlock | undefined {
    return this.blocks[this.lastIndexWhere(test)];
  }

  /** Binary search: blocks are sorted by both pos and offset. */
  private lastIndexWhere(test: (block: TextBlock) => boolean): number {
    let lo = 0;
    let hi = this.blocks.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (test(this.blocks[mid] as TextBlock)) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}

/** A textblock's text, one character per position: hard breaks (and any other inline leaf) count one. */
function textblockText(block: Node): string {
  let text = '';
  block.forEach((child) => {
    if (child.isText) text += child.text ?? '';
    else text += child.type.name === 'hard_break' ? HARD_BREAK_TEXT : '\uFFFC';
  });
  return text;
}

/** The plain text of a document, as stored next to its ProseMirror JSON. */
export function docPlainText(doc: Node): string {
  return TextIndex.fromDoc(doc).text;
}
