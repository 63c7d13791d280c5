/**
 * Which HTML elements an import keeps. An article is the visible text of a page and the few
 * structures our schema holds; everything that runs, embeds, draws or asks for input goes, with
 * its content: scripts and styles, frames and plugins, SVG and MathML, media, forms, templates,
 * hidden elements, and the markup Word adds to the HTML it saves (<o:p>, VML shapes, the
 * fake bullets marked mso-list:Ignore).
 */

const XHTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

const DROPPED_ELEMENTS = new Set([
  // Code and presentation.
  'script',
  'style',
  'noscript',
  'template',
  'link',
  'meta',
  'base',
  'title',
  'head',
  // Embedded content and its fallbacks.
  'iframe',
  'frame',
  'frameset',
  'noframes',
  'object',
  'embed',
  'applet',
  'param',
  'noembed',
  'portal',
  'fencedframe',
  'canvas',
  'img',
  'image',
  'picture',
  'source',
  'track',
  'audio',
  'video',
  'map',
  'area',
  // Forms: controls are not article text.
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'datalist',
  'textarea',
  'keygen',
  // Pop-up dialogs; obsolete raw-text elements that show markup as text.
  'dialog',
  'xmp',
  'plaintext',
  'listing',
  // Office: XML islands.
  'xml',
]);

/** Word's namespaced elements that carry no text: <o:p> (empty-paragraph filler) and VML drawings. */
const OFFICE_DROPPED = /^(o:p$|v:|w:)/;

/** Inline style that hides an element, or marks Word's generated list bullet. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|mso-list\s*:\s*ignore)\b/i;

/** True for an element that must not contribute anything, text included, to an article. */
export function isDroppedElement(element: Element): boolean {
  if (element.namespaceURI !== XHTML_NAMESPACE) return true; // SVG, MathML
  const name = element.localName;
  if (DROPPED_ELEMENTS.has(name)) return true;
  if (name.includes(':') && OFFICE_DROPPED.test(name)) return true;
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** Elements that start a new block of text in a browser (used where we must find paragraph breaks ourselves). */
export const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tr',
  'td',
  'th',
  'ul',
]);
