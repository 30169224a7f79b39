/**
 * Runs one kind of write at most once at a time: every write of the library (activate, load a license
 * file, add and delete an event) goes through one of these.
 *
 * The flag is set before the first `await`, so the second click of a double click, or Enter and a click in
 * the same task, find it set and send nothing, even before a re-render has disabled the button. A button
 * that was disabled while it had focus drops focus to `<body>`; when the write is over, focus goes back to
 * where it was if nothing else took it meanwhile.
 */
import type { ReactiveControllerHost } from 'lit';

/** The focused element, looking into shadow roots (the button that started the write lives in one). */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export class SingleFlight {
  private readonly host: ReactiveControllerHost;
  private running = false;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
  }

  /** True while a write is under way: for `?disabled` and `aria-busy`. */
  get busy(): boolean {
    return this.running;
  }

  /** Starts `write` unless one is under way; answers false when it was refused for that reason. */
  async run(write: () => Promise<void>): Promise<boolean> {
    if (this.running) return false;
    this.running = true;
    const focused = deepActiveElement();
    this.host.requestUpdate();
    try {
      await write();
    } finally {
      this.running = false;
      this.host.requestUpdate();
      await this.host.updateComplete;
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (lost && focused instanceof HTMLElement && focused.isConnected) focused.focus();
    }
    return true;
  }
}
