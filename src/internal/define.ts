/** Registration that never throws when a tag is taken (two copies of the library on one page). */
export const LIBRARY_VERSION = '0.2.0';

type Constructor = CustomElementConstructor & { libraryVersion?: string };

export function defineElement(tagName: string, element: Constructor): void {
  const existing = customElements.get(tagName) as Constructor | undefined;
  if (!existing) {
    customElements.define(tagName, element);
    return;
  }
  if (existing !== element && existing.libraryVersion !== element.libraryVersion) {
    console.warn(
      `<${tagName}> is already defined by version ${existing.libraryVersion ?? 'unknown'}; ` +
        `version ${element.libraryVersion ?? 'unknown'} was not registered.`,
    );
  }
}
