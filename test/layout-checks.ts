/**
 * Does a layout fit its box? Every element in the tree (shadow roots included) and every text run stays
 * inside the container, except inside a region that scrolls on its own and itself fits.
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

/** Past either side of the box (a right-to-left page or a negative margin runs out on the left). */
const sticksOut = (rect: DOMRect, box: DOMRect) => rect.width > 0 && (rect.right > box.right + 1 || rect.left < box.left - 1);

export function expectNoOverflow(box: HTMLElement) {
  const wide = deepElements(box)
    .filter((el) => sticksOut(el.getBoundingClientRect(), box.getBoundingClientRect()) && !scrolledWithin(el, box))
    .filter((el) => getComputedStyle(el).display !== 'none' && !(el.closest('dialog') && !(el.closest('dialog') as HTMLDialogElement).open));
  expect(wide.map((el) => el.localName + (el.className ? `.${String(el.className)}` : '')), 'elements past the container').to.deep.equal([]);
  const inView = deepElements(box).filter((el) => !scrolledWithin(el, box));
  expect(textPast(inView, box.getBoundingClientRect().right), 'text past the container').to.deep.equal([]);
  expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(innerWidth);
  expect(box.scrollWidth, 'container width').to.be.at.most(box.clientWidth + 1);
}

/** The next ancestor, across shadow roots. */
const parentOf = (el: Element): Element | null =>
  el.parentElement ?? (el.parentNode instanceof ShadowRoot ? el.parentNode.host : null);

/**
 * Inside a scroll container that itself stays in the box (the events table scrolls sideways in its own
 * frame): what is past the box there is scrolled to, not overflowing the page.
 */
function scrolledWithin(el: Element, box: Element): boolean {
  for (let node = parentOf(el); node && node !== box; node = parentOf(node)) {
    const overflow = getComputedStyle(node).overflowX;
    if (overflow !== 'visible' && node.getBoundingClientRect().right <= box.getBoundingClientRect().right + 1) return true;
  }
  return false;
}

/** Text that runs out of its element's box (a box may stay narrow while its text overflows it). */
function textPast(elements: Element[], right: number): string[] {
  const range = document.createRange();
  return elements.flatMap((el) =>
    [...el.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim())
      .filter((node) => {
        range.selectNodeContents(node);
        return range.getBoundingClientRect().right > right + 1;
      })
      .map(() => el.localName + (el.className ? `.${String(el.className)}` : '')),
  );
}

/** An open dialog sits in the top layer, sized to the window: it and everything in it stay inside both. */
export function expectDialogFits(dialog: HTMLDialogElement) {
  expect(dialog.open, 'dialog open').to.equal(true);
  const box = dialog.getBoundingClientRect();
  expect(box.right, 'dialog inside the window').to.be.at.most(innerWidth + 1);
  const wide = [...dialog.querySelectorAll('*')]
    .filter((el) => el.getBoundingClientRect().right > box.right + 1 && getComputedStyle(el).display !== 'none')
    .map((el) => el.localName + (el.className ? `.${String(el.className)}` : ''));
  expect(wide, 'elements past the dialog').to.deep.equal([]);
  expect(textPast([dialog, ...dialog.querySelectorAll('*')], box.right), 'text past the dialog').to.deep.equal([]);
  expect(dialog.scrollWidth, 'dialog width').to.be.at.most(dialog.clientWidth + 1);
}

