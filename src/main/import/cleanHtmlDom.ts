/**
 * Prepares a DOM subtree for ProseMirror's parser, in place: removes what an article must not
 * contain (htmlElementRules), comments (Word's conditional comments among them) and Word's mso-*
 * styles; makes every link absolute against the page's address and removes the ones we would not
 * follow; turns the line breaks of <pre> into <br>s and table rows into lines, so neither run
 * words together. One iterative walk: depth cannot overflow the stack.
 */
import { isDroppedElement } from './htmlElementRules';
import { safeLinkHref } from '../../shared/text/safeUrl';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const BLOCK_SELECTOR = 'p, div, ul, ol, li, h1, h2, h3, h4, h5, h6, blockquote, table, pre, section, article, br';

export function cleanHtmlDom(root: Element, baseUrl: string | null): void {
  const removals: ChildNode[] = [];
  const preformatted: Element[] = [];
  const rows: Element[] = [];

  const stack: ChildNode[] = [];
  for (let child = root.firstChild; child; child = child.nextSibling) stack.push(child);
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType === TEXT_NODE) continue;
    if (node.nodeType !== ELEMENT_NODE) {
      removals.push(node); // comments, processing instructions
      continue;
    }
    const element = node as Element;
    if (isDroppedElement(element)) {
      removals.push(element);
      continue;
    }
    const name = element.localName;
    if (name === 'a') fixLink(element, baseUrl);
    else if (name === 'pre') preformatted.push(element);
    else if (name === 'tr') rows.push(element);
    dropOfficeStyles(element);
    for (let child = element.firstChild; child; child = child.nextSibling) stack.push(child);
  }

  for (const node of removals) node.remove();
  for (const pre of preformatted) if (!pre.parentElement?.closest('pre')) breakLines(pre);
  for (const row of rows) rowToLine(row);
}

/** Keeps a link only if it resolves to a web or mail address; its text stays either way. */
function fixLink(anchor: Element, baseUrl: string | null): void {
  const raw = anchor.getAttribute('href');
  if (raw === null) return;
  let href: string | null = null;
  try {
    href = safeLinkHref(baseUrl ? new URL(raw.trim(), baseUrl).href : raw);
  } catch {
    href = null;
  }
  if (href) anchor.setAttribute('href', href);
  else anchor.removeAttribute('href');
}

function dropOfficeStyles(element: Element): void {
  const style = element.getAttribute('style');
  if (style === null || !/mso-/i.test(style)) return;
  const kept = style
    .split(';')
    .filter((declaration) => declaration.trim() !== '' && !/^\s*mso-/i.test(declaration))
    .join(';');
  if (kept) element.setAttribute('style', kept);
  else element.removeAttribute('style');
}

/** "line one\nline two" inside <pre> → "line one<br>line two": ProseMirror would make the newline a space. */
function breakLines(pre: Element): void {
  const document = pre.ownerDocument;
  const texts: Text[] = [];
  const stack: ChildNode[] = [...pre.childNodes];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType === TEXT_NODE) texts.push(node as Text);
    else if (node.nodeType === ELEMENT_NODE) for (const child of node.childNodes) stack.push(child);
  }
  for (const text of texts) {
    const lines = text.data.replace(/\r\n?/g, '\n').split('\n');
    if (lines.length === 1) continue;
    const parent = text.parentNode;
    lines.forEach((line, index) => {
      if (index > 0) parent?.insertBefore(document.createElement('br'), text);
      if (line !== '') parent?.insertBefore(document.createTextNode(line), text);
    });
    text.remove();
  }
}

/**
 * A table row becomes a block of its own, its cells separated by " | " (or a space where a cell
 * holds paragraphs of its own): ProseMirror has no tables and would run "Smith" "45%" into "Smith45%".
 */
function rowToLine(row: Element): void {
  const line = row.ownerDocument.createElement('div');
  let previous: { hasBlocks: boolean } | null = null;
  for (const cell of [...row.children]) {
    if (cell.localName !== 'td' && cell.localName !== 'th') continue;
    const cellHasBlocks = cell.querySelector(BLOCK_SELECTOR) !== null;
    if (previous) line.append(previous.hasBlocks || cellHasBlocks ? ' ' : ' | ');
    const span = row.ownerDocument.createElement('span');
    while (cell.firstChild) span.append(cell.firstChild);
    line.append(span);
    previous = { hasBlocks: cellHasBlocks };
  }
  row.replaceWith(line);
}
