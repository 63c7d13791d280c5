/**
 * Rich text from a browser, Word or Google Docs, reduced to our schema.
 *
 * The HTML is parsed into an inert document (nothing in it runs or loads) and cleaned before
 * ProseMirror's parser, which keeps only what the article schema allows, reads it:
 * - inline `style` attributes are renamed before parsing, so the app's Content-Security-Policy
 *   (no inline styles) never has to block them, and the formatting they carry (Google Docs marks
 *   bold and italic with styles alone) is turned into <strong> and <em>;
 * - Office markup that would otherwise show as text (list bullets drawn as spans, conditional
 *   comments, <o:p>) is dropped.
 */
import { DOMParser as ProseMirrorParser, type Node } from 'prosemirror-model';
import { articleSchema } from '../../shared/editor/schema';

const STYLE = 'data-paste-style';

/** Cleans pasted HTML; also the editor's transformPastedHTML. */
export function cleanPastedHtml(html: string): string {
  const withoutInlineStyles = html
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<style[\s\S]*?<\/style\s*>/gi, '')
    .replace(/(<[a-zA-Z][^<>]*?\s)style(\s*=)/g, `$1${STYLE}$2`);
  const document = new DOMParser().parseFromString(withoutInlineStyles, 'text/html');
  document.querySelectorAll('o\\:p, xml, style, script, meta, link').forEach((element) => element.remove());
  for (const element of Array.from(document.body.querySelectorAll(`[${STYLE}]`))) {
    const style = (element.getAttribute(STYLE) ?? '').toLowerCase().replace(/\s+/g, '');
    element.removeAttribute(STYLE);
    if (style.includes('mso-list:ignore')) {
      element.remove();
      continue;
    }
    if (element.localName === 'b' && /font-weight:(normal|[1-4]00)/.test(style)) {
      element.replaceWith(...Array.from(element.childNodes));
      continue;
    }
    if (/font-weight:(bold|bolder|[6-9]00)/.test(style)) wrapChildren(element, 'strong');
    if (/font-style:italic/.test(style)) wrapChildren(element, 'em');
  }
  return document.body.innerHTML;
}

/** Pasted HTML as an article document of our schema. */
export function pastedHtmlToDoc(html: string): Node {
  const document = new DOMParser().parseFromString(cleanPastedHtml(html), 'text/html');
  const doc = ProseMirrorParser.fromSchema(articleSchema).parse(document.body);
  return doc.childCount > 0 && doc.textContent.trim() !== '' ? doc : articleSchema.node('doc', null, [articleSchema.node('paragraph')]);
}

function wrapChildren(element: Element, tag: 'strong' | 'em'): void {
  const wrapper = element.ownerDocument.createElement(tag);
  wrapper.append(...Array.from(element.childNodes));
  element.append(wrapper);
}
