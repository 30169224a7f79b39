/**
 * What a narrow-width check looks at: everything a person could see (open dialogs included) that sticks
 * out past a right edge, leaving out what sits inside a region that scrolls by itself and stays inside.
 */

/** The next ancestor, across shadow roots and slots. */
const up = (node: Element): Element | null =>
  node.assignedSlot ?? node.parentElement ?? (node.parentNode instanceof ShadowRoot ? node.parentNode.host : null);

function* rendered(root: Element, skip: string): Generator<Element> {
  yield root;
  const children = [...(root.shadowRoot?.children ?? []), ...root.children];
  for (const child of children) {
    if (child instanceof HTMLDialogElement && !child.open) continue;
    if (getComputedStyle(child).display === 'none' || (skip && child.matches(skip))) continue;
    yield* rendered(child, skip);
  }
}

/** Inside a box of its own that scrolls sideways (a tab strip, a wide table) and that stays inside `right`. */
function scrollsWithin(element: Element, right: number): boolean {
  for (let node = up(element); node; node = up(node)) {
    const overflow = getComputedStyle(node).overflowX;
    if (overflow !== 'visible' && overflow !== 'clip' && node.getBoundingClientRect().right <= right + 1) return true;
  }
  return false;
}

/**
 * Names of the elements, and of the parents of text, that reach past `right` (in CSS pixels). `skip`: a
 * selector for elements left out with all they hold (another element's suite checks its own layout).
 */
export function pastEdge(root: Element, right: number, skip = ''): string[] {
  const range = document.createRange();
  const name = (element: Element) => element.localName + (element.classList.length ? `.${[...element.classList].join('.')}` : '');
  const found: string[] = [];
  for (const element of rendered(root, skip)) {
    if (scrollsWithin(element, right)) continue;
    if (element.getBoundingClientRect().right > right + 1) found.push(name(element));
    // Text an element clips itself (an ellipsis, a visually hidden label) is as wide as the element.
    if (getComputedStyle(element).overflowX !== 'visible') continue;
    for (const node of element.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
      range.selectNodeContents(node);
      if (range.getBoundingClientRect().right > right + 1) found.push(`text in ${name(element)}`);
    }
  }
  return found;
}
