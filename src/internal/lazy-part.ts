/**
 * A part of an element that lives in a module of its own (a dialog, the dashboard, the events table, an
 * export), loaded the first time it is needed rather than with the page: a page that never opens it never
 * pays for it. Until it is here the person sees that it is loading; if it cannot be loaded (the network
 * dropped, a deployment removed the old files) they see why, with Try again, never a blank.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { msg } from '../i18n/msg.js';
import { loadingView } from './states.js';

type PartState<T> =
  | { kind: 'idle' }
  | { kind: 'loading'; promise: Promise<T> }
  | { kind: 'ready'; value: T }
  | { kind: 'failed'; error: unknown; retry: () => void };

/** How a part's module is fetched; only tests of loading and failure ever change it. */
type PartLoadWrapper = <T>(name: string, load: () => Promise<T>) => Promise<T>;
let wrapper: PartLoadWrapper | undefined;

/** For tests: every part loaded from now on goes through `wrap` (which may delay or fail it); none restores. */
export function wrapPartLoads(wrap?: PartLoadWrapper): void {
  wrapper = wrap;
}

/** One module per part, shared by every element of the page that shows it. */
const modules = new Map<string, Promise<unknown>>();

/** Loads the module `name` once however many elements ask; a failed load may be tried again. */
export function loadPart<T>(name: string, load: () => Promise<T>): Promise<T> {
  let promise = modules.get(name) as Promise<T> | undefined;
  if (!promise) {
    promise = (wrapper ? wrapper(name, load) : load()).catch((error: unknown) => {
      modules.delete(name);
      throw error;
    });
    modules.set(name, promise);
  }
  return promise;
}

/** The part's module as seen by one element: asked for on first render, which updates when it is here. */
export class LazyPart<T> {
  private state: PartState<T> = { kind: 'idle' };
  private readonly host: ReactiveControllerHost;
  private readonly name: string;
  private readonly loader: () => Promise<T>;
  /** What Try again does after a failure: load again, and do what the load was for. */
  private again: () => void = () => void this.load().catch(() => undefined);

  constructor(host: ReactiveControllerHost, name: string, load: () => Promise<T>) {
    this.host = host;
    this.name = name;
    this.loader = load;
  }

  /** The module, once it is here. */
  get value(): T | undefined {
    return this.state.kind === 'ready' ? this.state.value : undefined;
  }

  /** Starts loading unless it is here or on its way; resolves with the module, rejects when it failed. */
  load(): Promise<T> {
    const state = this.state;
    if (state.kind === 'ready') return Promise.resolve(state.value);
    if (state.kind === 'loading') return state.promise;
    const promise = loadPart(this.name, this.loader).then(
      (value) => {
        this.state = { kind: 'ready', value };
        this.host.requestUpdate();
        return value;
      },
      (error: unknown) => {
        this.state = { kind: 'failed', error, retry: this.again };
        this.host.requestUpdate();
        throw error;
      },
    );
    this.state = { kind: 'loading', promise };
    this.host.requestUpdate();
    return promise;
  }

  /**
   * For a part that defines a tag: `ready()` at once when the tag is defined already (by the host, by an
   * entry that defines every tag, or on a server that renders it), so nothing waits and a server-rendered
   * element hydrates as it was rendered; else as `render`.
   */
  renderElement(tagName: string, ready: () => unknown, loadingLabel?: string): unknown {
    if (globalThis.customElements?.get(tagName)) return ready();
    return this.render(ready, loadingLabel);
  }

  /** Runs `work` with the module: at once when it is here, else when it arrives. A failure shows in `failure()`. */
  run(work: (value: T) => void): void {
    const value = this.value;
    if (value !== undefined) {
      work(value);
      return;
    }
    this.again = () => this.run(work);
    void this.load().then(work, () => undefined);
  }

  /** Why the module could not be loaded, with Try again; nothing while it loads or once it is here. */
  failure(): unknown {
    return this.state.kind === 'failed' ? partFailedView(this.state.retry) : nothing;
  }

  /** `ready(module)` once it is here; until then a loading line, or the failure with Try again. */
  render(ready: (value: T) => unknown, loadingLabel = msg('Loading…', { desc: 'Shown while a part of the screen loads.' })): unknown {
    const state = this.state;
    if (state.kind === 'ready') return ready(state.value);
    if (state.kind === 'failed') return partFailedView(state.retry);
    if (state.kind === 'idle') void this.load().catch(() => undefined);
    return loadingView(loadingLabel);
  }
}

/** A part of the screen whose code could not be fetched: what happened, and Try again. */
export function partFailedView(retry: () => void) {
  return html`<div class="state error" role="alert" part="error">
    <strong>${msg('This part could not be loaded')}</strong>
    <p>${msg('Its code did not arrive. Check the network and try again.')}</p>
    <button type="button" part="retry-button" @click=${retry}>${msg('Try again', { desc: 'Button: repeat the request that failed.' })}</button>
  </div>`;
}
