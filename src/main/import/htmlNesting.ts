/**
 * How deeply a page's elements nest, estimated from the markup before any DOM is built.
 *
 * jsdom slows down with depth (each inserted node walks its ancestors), so 10,000 nested <div>s
 * take tens of seconds to parse and then overflow recursive code further on. Browsers cap the
 * tree at 512 levels; we refuse pages deeper than that instead. The scan follows the HTML
 * tokenizer's tag and attribute rules and the tree builder's main implicit closings (optional end
 * tags, cells, list items, misnested formatting), closely enough for real pages; the DOM is
 * flattened after parsing as well (flattenDeepElements), so an underestimate costs time, not a crash.
 */

export const MAX_HTML_NESTING = 512;

export class HtmlNestingError extends Error {
  override name = 'HtmlNestingError';
}

const VOID = new Set([
  'area',
  'base',
  'basefont',
  'bgsound',
  'br',
  'col',
  'embed',
  'frame',
  'hr',
  'image',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Elements whose content is text up to their end tag, never markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
/** Elements the parser closes by itself; not counted, so their missing end tags cannot inflate the estimate. */
const OPTIONAL_END = new Set([
  'html',
  'head',
  'body',
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'caption',
  'rb',
  'rt',
  'rp',
  'rtc',
]);
const FORMATTING = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);
/** Opening one of these while one is open closes the first (the parser never nests them). */
const NO_SELF_NESTING = new Set(['a', 'nobr', 'button', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LIST_CONTAINERS = new Set(['ul', 'ol', 'menu']);
const TABLE = new Set(['table']);
const DEFINITION_LIST = new Set(['dl']);

interface OpenElement {
  name: string;
  /** A formatting element whose end tag came while other elements were open inside it. */
  closedLate: boolean;
}

/** Throws HtmlNestingError if the markup would nest more than `limit` elements deep. */
export function checkHtmlNesting(html: string, limit = MAX_HTML_NESTING): void {
  const depth = estimateHtmlNesting(html, limit);
  if (depth > limit) throw new HtmlNestingError(`Its elements are nested more than ${limit} levels deep.`);
}

/** The estimated maximum element depth; stops counting once it passes `stopAbove`. */
export function estimateHtmlNesting(html: string, stopAbove = Infinity): number {
  const stack: OpenElement[] = [];
  const openCount = new Map<string, number>();
  let max = 0;

  const push = (name: string) => {
    stack.push({ name, closedLate: false });
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    max = Math.max(max, stack.length);
  };
  const pop = () => {
    const top = stack.pop();
    if (top) openCount.set(top.name, (openCount.get(top.name) ?? 1) - 1);
    return top;
  };
  const isOpen = (name: string) => (openCount.get(name) ?? 0) > 0;
  /** An end tag (or a new element that cannot nest) closes everything up to its element … */
  const popTo = (name: string) => {
    while (stack.length > 0) if (pop()?.name === name) break;
    // … and the formatting elements whose end tags came while it was open.
    while (stack.at(-1)?.closedLate) pop();
  };
  /** A new cell, row or list item closes whatever the previous one left open, up to its table or list. */
  const popInside = (containers: Set<string>) => {
    if (![...containers].some(isOpen)) return;
    while (stack.length > 0 && !containers.has(stack.at(-1)?.name ?? '')) pop();
  };

  let i = 0;
  const length = html.length;
  while (i < length && max <= stopAbove) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    i = lt + 1;
    if (html.startsWith('!--', i)) {
      const end = html.indexOf('-->', i + 3);
      i = end === -1 ? length : end + 3;
      continue;
    }
    const first = html.charCodeAt(i);
    if (first === 0x21 /* ! */ || first === 0x3f /* ? */) {
      const end = html.indexOf('>', i);
      i = end === -1 ? length : end + 1;
      continue;
    }
    const isEnd = first === 0x2f; /* / */
    const nameStart = isEnd ? i + 1 : i;
    if (!isAsciiLetter(html.charCodeAt(nameStart))) continue;
    let nameEnd = nameStart;
    while (nameEnd < length && !isTagNameEnd(html.charCodeAt(nameEnd))) nameEnd++;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const { end, selfClosing } = skipAttributes(html, nameEnd);
    i = end;

    if (isEnd) {
      if (name === 'li') popInside(LIST_CONTAINERS);
      else if (name === 'dt' || name === 'dd') popInside(DEFINITION_LIST);
      else if (['td', 'th', 'tr', 'thead', 'tbody', 'tfoot', 'caption'].includes(name)) popInside(TABLE);
      else if (OPTIONAL_END.has(name) || !isOpen(name)) continue;
      else if (FORMATTING.has(name) && !onlyFormattingAbove(stack, name)) markClosedLate(stack, name);
      else popTo(name);
      continue;
    }

    if (name === 'plaintext') break;
    if (VOID.has(name)) continue;
    if (RAW_TEXT.has(name)) {
      i = skipRawText(html, i, name);
      continue;
    }
    if (name === 'li') popInside(LIST_CONTAINERS);
    else if (name === 'dt' || name === 'dd') popInside(DEFINITION_LIST);
    else if (['td', 'th', 'tr', 'thead', 'tbody', 'tfoot', 'caption'].includes(name)) popInside(TABLE);
    if (OPTIONAL_END.has(name)) continue;
    if (NO_SELF_NESTING.has(name) && isOpen(name)) {
      if (name === 'form') continue;
      popTo(name);
    }
    if (selfClosing && (isOpen('svg') || isOpen('math'))) continue;
    push(name);
  }
  return max;
}

function onlyFormattingAbove(stack: OpenElement[], name: string): boolean {
  for (let k = stack.length - 1; k >= 0; k--) {
    const element = stack[k];
    if (!element || element.name === name) return true;
    if (!FORMATTING.has(element.name)) return false;
  }
  return true;
}

function markClosedLate(stack: OpenElement[], name: string): void {
  for (let k = stack.length - 1; k >= 0; k--) {
    const element = stack[k];
    if (element?.name === name && !element.closedLate) {
      element.closedLate = true;
      return;
    }
  }
}

/** Skips a tag's attributes as the tokenizer does (quotes only count in value position); returns the index after '>'. */
function skipAttributes(html: string, from: number): { end: number; selfClosing: boolean } {
  const length = html.length;
  let i = from;
  let selfClosing = false;
  while (i < length) {
    const c = html.charCodeAt(i);
    if (c === 0x3e /* > */) return { end: i + 1, selfClosing };
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === 0x2f /* / */) {
      selfClosing = html.charCodeAt(i + 1) === 0x3e;
      i++;
      continue;
    }
    selfClosing = false;
    // Attribute name: up to whitespace, '/', '>' or '=' (a leading '=' belongs to the name).
    i++;
    while (i < length && !isSpace(html.charCodeAt(i)) && !'/>='.includes(html.charAt(i))) i++;
    let j = i;
    while (j < length && isSpace(html.charCodeAt(j))) j++;
    if (html.charAt(j) !== '=') continue;
    j++;
    while (j < length && isSpace(html.charCodeAt(j))) j++;
    const quote = html.charAt(j);
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, j + 1);
      i = close === -1 ? length : close + 1;
    } else {
      i = j;
      while (i < length && !isSpace(html.charCodeAt(i)) && html.charCodeAt(i) !== 0x3e) i++;
    }
  }
  return { end: length, selfClosing };
}

function skipRawText(html: string, from: number, name: string): number {
  const closing = new RegExp(`</${name}[\\s/>]`, 'gi');
  closing.lastIndex = from;
  const match = closing.exec(html);
  return match ? match.index : html.length;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

function isTagNameEnd(c: number): boolean {
  return isSpace(c) || c === 0x2f || c === 0x3e;
}
