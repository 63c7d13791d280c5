import { describe, expect, it } from 'vitest';
import type { DOMOutputSpec } from 'prosemirror-model';
import { articleSchema } from './schema';
import { plainTextToDoc } from './fromPlainText';

/** The attributes a node's toDOM gives its element. */
function attrsOf(spec: DOMOutputSpec): Record<string, unknown> {
  if (!Array.isArray(spec)) throw new Error('Expected an array spec');
  const second = spec[1] as unknown;
  return second && typeof second === 'object' && !Array.isArray(second) ? (second as Record<string, unknown>) : {};
}

describe('the article schema’s direction', () => {
  it('lets every textblock, blockquote and list item take its direction from its text (dir="auto")', () => {
    const { nodes } = articleSchema;
    const doc = plainTextToDoc('به گزارش خبرگزاری تسنیم\n\nThe council met.');
    const paragraph = doc.firstChild!;
    expect(attrsOf(nodes.paragraph!.spec.toDOM!(paragraph))).toEqual({ dir: 'auto' });
    expect(attrsOf(nodes.heading!.spec.toDOM!(nodes.heading!.create({ level: 2 })))).toEqual({ dir: 'auto' });
    expect(attrsOf(nodes.blockquote!.spec.toDOM!(nodes.blockquote!.create(null, paragraph)))).toEqual({ dir: 'auto' });
    expect(attrsOf(nodes.list_item!.spec.toDOM!(nodes.list_item!.create(null, paragraph)))).toEqual({ dir: 'auto' });
  });

  it('keeps right-to-left text as it is, character for character', () => {
    const text = '«ما برای نجات دریاچه وقت زیادی نداریم» مریم رحیمی گفت.';
    expect(plainTextToDoc(text).textContent).toBe(text);
  });
});
