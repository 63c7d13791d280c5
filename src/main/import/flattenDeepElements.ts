/**
 * Caps how deeply a DOM tree nests, without recursion: every element at the depth limit has its
 * content replaced by plain paragraphs of its text. ProseMirror's DOM parser, Readability and
 * jsdom's own serializer and cloning all recurse once per level, so a page nested thousands of
 * levels deep would overflow the stack. Real articles never come near the limit.
 */
import { isDroppedElement, BLOCK_ELEMENTS } from './htmlElementRules';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function flattenDeepElements(root: Element, maxDepth: number): void {
  const tooDeep: Element[] = [];
  const stack: Array<{ element: Element; depth: number }> = [{ element: root, depth: 0 }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    for (let child = entry.element.firstElementChild; child; child = child.nextElementSibling) {
      if (entry.depth + 1 < maxDepth) stack.push({ element: child, depth: entry.depth + 1 });
      else if (child.firstElementChild) tooDeep.push(child);
    }
  }
  for (const element of tooDeep) {
    const paragraphs = paragraphsOf(element);
    removeDescendants(element);
    for (const paragraph of paragraphs) element.append(paragraph);
  }
}

/** Leaves first: jsdom detaches a removed node's whole subtree recursively. */
function removeDescendants(element: Element): void {
  const all: ChildNode[] = [];
  const stack: ChildNode[] = [];
  for (const child of element.childNodes) stack.push(child);
  for (let node = stack.pop(); node; node = stack.pop()) {
    all.push(node);
    for (const child of node.childNodes) stack.push(child);
  }
  for (let i = all.length - 1; i >= 0; i--) all[i]?.remove();
}

/** The visible text under an element as <p> elements, one per block (div, p, li, br …) it contained. */
function paragraphsOf(element: Element): Element[] {
  const texts: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim() !== '') texts.push(current);
    current = '';
  };
  // null marks a block boundary.
  const stack: Array<ChildNode | null> = [...element.childNodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) {
      flush();
    } else if (node.nodeType === TEXT_NODE) {
      current += (node as Text).data;
    } else if (node.nodeType === ELEMENT_NODE && !isDroppedElement(node as Element)) {
      const isBlock = BLOCK_ELEMENTS.has((node as Element).localName);
      if (isBlock) stack.push(null);
      const children = [...node.childNodes];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] ?? null);
      if (isBlock) stack.push(null);
    }
  }
  flush();
  return texts.map((text) => {
    const paragraph = element.ownerDocument.createElement('p');
    paragraph.textContent = text;
    return paragraph;
  });
}
