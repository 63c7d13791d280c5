/**
 * Markdown (.md files) into an article document, with prosemirror-markdown on markdown-it
 * (CommonMark). Constructs our schema cannot hold (code, images, rules, raw HTML, tables) are
 * switched off in the tokenizer so their text stays as ordinary text instead of being dropped.
 */
import MarkdownIt from 'markdown-it';
import { MarkdownParser } from 'prosemirror-markdown';
import type { Node } from 'prosemirror-model';
import { articleSchema } from './schema';
import { safeLinkHref } from '../text/safeUrl';

const tokenizer = MarkdownIt('commonmark', { html: false, linkify: false }).disable([
  'code',
  'fence',
  'backticks',
  'image',
  'hr',
  'html_block',
  'html_inline',
]);

const parser = new MarkdownParser(articleSchema, tokenizer, {
  blockquote: { block: 'blockquote' },
  paragraph: { block: 'paragraph' },
  list_item: { block: 'list_item' },
  bullet_list: { block: 'bullet_list' },
  ordered_list: {
    block: 'ordered_list',
    getAttrs: (token) => ({ order: Number(token.attrGet('start')) || 1 }),
  },
  heading: { block: 'heading', getAttrs: (token) => ({ level: Number(token.tag.slice(1)) }) },
  hardbreak: { node: 'hard_break' },
  em: { mark: 'em' },
  strong: { mark: 'strong' },
  link: {
    mark: 'link',
    getAttrs: (token) => ({
      href: safeLinkHref(token.attrGet('href') ?? '') ?? '',
      title: token.attrGet('title') || null,
    }),
  },
});

export function markdownToDoc(markdown: string): Node {
  const doc = parser.parse(markdown.replace(/^\uFEFF/, ''));
  return doc.childCount > 0 ? doc : articleSchema.node('doc', null, [articleSchema.node('paragraph')]);
}
