/**
 * The article schema: what a Pressmark document may contain.
 *
 * Deliberately small: paragraphs, headings, blockquotes, lists, hard breaks,
 * emphasis, strong and links. Anything else an import brings in is reduced
 * to these. Pure data (no DOM access happens until a view renders it), so
 * main, renderer and command line all share it.
 */
import { Schema, type MarkSpec, type NodeSpec } from 'prosemirror-model';
import { safeLinkHref } from '../text/safeUrl';

const nodes: Record<string, NodeSpec> = {
  doc: { content: 'block+' },
  paragraph: {
    content: 'inline*',
    group: 'block',
    parseDOM: [{ tag: 'p' }],
    toDOM: () => ['p', { dir: 'auto' }, 0],
  },
  heading: {
    attrs: { level: { default: 2, validate: 'number' } },
    content: 'inline*',
    group: 'block',
    defining: true,
    parseDOM: [1, 2, 3, 4, 5, 6].map((level) => ({ tag: `h${level}`, attrs: { level } })),
    toDOM: (node) => [`h${clampHeading(node.attrs.level as number)}`, { dir: 'auto' }, 0],
  },
  blockquote: {
    content: 'block+',
    group: 'block',
    defining: true,
    parseDOM: [{ tag: 'blockquote' }],
    toDOM: () => ['blockquote', { dir: 'auto' }, 0],
  },
  bullet_list: {
    content: 'list_item+',
    group: 'block',
    parseDOM: [{ tag: 'ul' }],
    toDOM: () => ['ul', 0],
  },
  ordered_list: {
    attrs: { order: { default: 1, validate: 'number' } },
    content: 'list_item+',
    group: 'block',
    parseDOM: [
      {
        tag: 'ol',
        getAttrs: (dom) => {
          const start = Number((dom as { getAttribute(name: string): string | null }).getAttribute('start') ?? 1);
          return { order: Number.isFinite(start) ? start : 1 };
        },
      },
    ],
    toDOM: (node) => ['ol', node.attrs.order === 1 ? {} : { start: node.attrs.order as number }, 0],
  },
  list_item: {
    content: 'paragraph block*',
    defining: true,
    parseDOM: [{ tag: 'li' }],
    toDOM: () => ['li', { dir: 'auto' }, 0],
  },
  text: { group: 'inline' },
  hard_break: {
    inline: true,
    group: 'inline',
    selectable: false,
    parseDOM: [{ tag: 'br' }],
    toDOM: () => ['br'],
  },
};

const marks: Record<string, MarkSpec> = {
  link: {
    attrs: { href: { validate: 'string' }, title: { default: null } },
    inclusive: false,
    parseDOM: [
      {
        tag: 'a[href]',
        getAttrs: (dom) => {
          const el = dom as { getAttribute(name: string): string | null };
          const href = safeLinkHref(el.getAttribute('href') ?? '');
          // A link we would not follow (javascript:, data: …) keeps its text, loses the link.
          return href ? { href, title: el.getAttribute('title') } : false;
        },
      },
    ],
    toDOM: (mark) => {
      const href = safeLinkHref(mark.attrs.href as string) ?? '#';
      const title = mark.attrs.title as string | null;
      return ['a', { href, ...(title ? { title } : {}), rel: 'noopener noreferrer nofollow' }, 0];
    },
  },
  em: {
    parseDOM: [{ tag: 'i' }, { tag: 'em' }, { style: 'font-style=italic' }],
    toDOM: () => ['em', 0],
  },
  strong: {
    parseDOM: [
      { tag: 'strong' },
      { tag: 'b', getAttrs: (node) => (node as { style?: { fontWeight?: string } }).style?.fontWeight !== 'normal' && null },
      { style: 'font-weight=400', clearMark: (m) => m.type.name === 'strong' },
      { style: 'font-weight', getAttrs: (value) => /^(bold(er)?|[5-9]\d{2,})$/.test(value as string) && null },
    ],
    toDOM: () => ['strong', 0],
  },
};

function clampHeading(level: number): number {
  return Math.min(6, Math.max(1, Math.round(level) || 2));
}

export const articleSchema = new Schema({ nodes, marks });
