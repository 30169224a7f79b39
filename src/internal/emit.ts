/** Every public event bubbles and crosses shadow roots, so hosts can listen on any ancestor. */
export function emit<T>(target: EventTarget, type: string, detail: T): boolean {
  return target.dispatchEvent(
    new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: true }),
  );
}
