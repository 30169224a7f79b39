/**
 * Defines tags whose code is loaded on demand as soon as the page holds one: the ones already in the
 * document when this runs, and any added later (a host rendering `<status-panel>` after a click). Only the
 * document's own tree is watched; inside its own shadow roots each element of the library loads what it
 * shows itself.
 */
export function defineOnSight(loaders: Record<string, () => Promise<unknown>>): void {
  const waiting = new Map(Object.entries(loaders));
  const selector = [...waiting.keys()].join(',');
  const load = (tag: string) => {
    const loader = waiting.get(tag);
    if (!loader) return;
    waiting.delete(tag);
    // A failed load is tried again when the next such element appears.
    loader().catch(() => waiting.set(tag, loader));
  };
  const look = (root: Element | Document) => {
    if (root instanceof Element && waiting.has(root.localName)) load(root.localName);
    if (!waiting.size) return;
    for (const element of root.querySelectorAll(selector)) load(element.localName);
  };
  look(document);
  if (!waiting.size) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element && waiting.size) look(node);
    }
    if (!waiting.size) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}
