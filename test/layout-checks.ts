/**
 * Does a layout fit its box? Everything a person could see (open dialogs included, shadow roots and slots
 * followed) stays inside the edges, text included, except inside a region that scrolls sideways on its
 * own and itself stays inside.
 */
import { expect } from '@open-wc/testing';

/** Every element in the tree, shadow roots included. */
export function deepElements(root: Element): Element[] {
  const found: Element[] = [root];
  const walk = (node: ParentNode) =>
    node.querySelectorAll('*').forEach((el) => {
      found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    });
  walk(root);
  if (root.shadowRoot) walk(root.shadowRoot);
  return found;
}

/** Loaded and shown in the language asked for: nothing loading, every element's content marked `lang`. */
export function settled(root: Element, lang: string) {
  const tree = deepElements(root);
  const contents = tree.filter((el) => el.classList.contains('content') && el.parentNode instanceof ShadowRoot);
  return (
    contents.length > 0 &&
    contents.every((content) => content.getAttribute('lang') === lang) &&
    !tree.some((el) => el.getAttribute('part') === 'loading')
  );
}

/** The next ancestor, across shadow roots and slots. */
const up = (node: Element): Element | null =>
  node.assignedSlot ?? node.parentElement ?? (node.parentNode instanceof ShadowRoot ? node.parentNode.host : null);

/** Clipped to nothing on purpose: a visually hidden label is read, not seen. */
const visuallyHidden = (style: CSSStyleDeclaration) => style.clipPath === 'inset(50%)' || style.clip === 'rect(0px, 0px, 0px, 0px)';

function* rendered(root: Element, skip: string): Generator<Element> {
  yield root;
  const children = [...(root.shadowRoot?.children ?? []), ...root.children];
  for (const child of children) {
    if (child instanceof HTMLDialogElement && !child.open) continue;
    const style = getComputedStyle(child);
    if (style.display === 'none' || visuallyHidden(style) || (skip && child.matches(skip))) continue;
    yield* rendered(child, skip);
  }
}

interface Edges {
  left: number;
  right: number;
}

/** Inside a box of its own that scrolls sideways (a tab strip, a wide table) and that stays inside the edges. */
function scrollsWithin(element: Element, edges: Edges): boolean {
  for (let node = up(element); node; node = up(node)) {
    const overflow = getComputedStyle(node).overflowX;
    const box = node.getBoundingClientRect();
    if (overflow !== 'visible' && overflow !== 'clip' && box.right <= edges.right + 1 && box.left >= edges.left - 1) return true;
  }
  return false;
}

const outside = (box: DOMRect, edges: Edges) => box.width > 0 && (box.right > edges.right + 1 || box.left < edges.left - 1);

/**
 * Names of the elements, and of the parents of text, that reach past the edges (a number: the right edge
 * only). `skip`: a selector for elements left out with all they hold (another suite checks its own layout).
 */
export function pastEdge(root: Element, edges: Edges | number, skip = ''): string[] {
  const bounds = typeof edges === 'number' ? { left: -Infinity, right: edges } : edges;
  const range = document.createRange();
  const name = (element: Element) => element.localName + (element.classList.length ? `.${[...element.classList].join('.')}` : '');
  const found: string[] = [];
  for (const element of rendered(root, skip)) {
    if (scrollsWithin(element, bounds)) continue;
    if (outside(element.getBoundingClientRect(), bounds)) found.push(name(element));
    // Text an element clips itself (an ellipsis) is as wide as the element.
    if (getComputedStyle(element).overflowX !== 'visible') continue;
    for (const node of element.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
      range.selectNodeContents(node);
      if (outside(range.getBoundingClientRect(), bounds)) found.push(`text in ${name(element)}`);
    }
  }
  return found;
}

/** The regions that scroll sideways now, by name: at phone width only the ones meant to. */
export function scrollingSideways(root: Element): string[] {
  return deepElements(root)
    .filter((el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1)
    .map((el) => el.getAttribute('role') ?? el.getAttribute('part') ?? el.localName);
}

/** The box and all it shows stay inside it, and the page does not widen. */
export function expectNoOverflow(box: HTMLElement) {
  expect(pastEdge(box, box.getBoundingClientRect()), 'past the container').to.deep.equal([]);
  expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(innerWidth);
  expect(box.scrollWidth, 'container width').to.be.at.most(box.clientWidth + 1);
}

/** An open dialog sits in the top layer, sized to the window: it and everything in it stay inside both. */
export function expectDialogFits(dialog: HTMLDialogElement) {
  expect(dialog.open, 'dialog open').to.equal(true);
  const box = dialog.getBoundingClientRect();
  expect(box.right, 'dialog inside the window').to.be.at.most(innerWidth + 1);
  expect(box.left, 'dialog inside the window').to.be.at.least(-1);
  expect(pastEdge(dialog, box), 'past the dialog').to.deep.equal([]);
  expect(dialog.scrollWidth, 'dialog width').to.be.at.most(dialog.clientWidth + 1);
}
