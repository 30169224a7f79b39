/**
 * Which rows of a long table are in the DOM: the rows in view plus a few either side, in a scroll
 * container whose rows all have one fixed height. Spacer rows stand in for the rest, so the scrollbar
 * is true to the whole list while the DOM holds a few dozen rows whether the list has 1 000 or 100 000.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Rows rendered beyond each edge of the view, so a quick scroll does not show blank space first. */
const OVERSCAN = 6;
/** Rows assumed in view before anything is measured: the default height (24em) holds nine below the header. */
const INITIAL_VISIBLE = 10;

export class RowWindow implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private scroller?: HTMLElement;
  private observer?: ResizeObserver;
  /** Pixels per row, measured from a rendered row; 0 until then. */
  private rowHeight = 0;
  private visible = INITIAL_VISIBLE;
  /** Position of the first row in view. */
  private top = 0;
  /** The rows changed height: scroll back to `top` after the next render. */
  private keepTop = false;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostUpdated() {
    const scroller = this.host.shadowRoot?.querySelector<HTMLElement>('.scroller') ?? undefined;
    if (scroller !== this.scroller) {
      this.observer?.disconnect();
      this.scroller = scroller;
      // Fires after the first layout (before paint), when sizes can be read without forcing layout.
      this.observer ??= new ResizeObserver(() => this.measure());
      if (scroller) this.observer.observe(scroller);
    }
    // Spacer heights go through the CSSOM: a strict Content-Security-Policy blocks style attributes.
    for (const cell of scroller?.querySelectorAll<HTMLElement>('td[data-rows]') ?? []) {
      cell.style.height = this.spacer(Number(cell.dataset.rows));
    }
    if (this.keepTop && scroller) {
      this.keepTop = false;
      scroller.scrollTop = this.top * this.rowHeight;
    }
  }

  hostDisconnected() {
    this.observer?.disconnect();
    this.scroller = undefined;
  }

  /** First and last (exclusive) position to render out of `total`. */
  range(total: number): [number, number] {
    const top = Math.max(0, Math.min(this.top, total - this.visible));
    // The first render (nothing measured yet) draws only what is in view, so the data shows up soonest.
    const overscan = this.rowHeight ? OVERSCAN : 0;
    return [Math.max(0, top - overscan), Math.min(total, top + this.visible + overscan)];
  }

  /** Height of a spacer standing in for `rows` rows: measured pixels once known, the CSS row height before. */
  private spacer(rows: number): string {
    return this.rowHeight ? `${rows * this.rowHeight}px` : `calc(${rows} * var(--_row))`;
  }

  /** Rows a Page Up / Page Down moves. */
  get page(): number {
    return Math.max(1, this.visible - 1);
  }

  /** The scroll handler: renders again only when another row has come to the top. */
  readonly scrolled = () => {
    const top = this.topRow();
    if (top !== this.top) {
      this.top = top;
      this.host.requestUpdate();
    }
  };

  /** Back to the first row (a new sort or filter). */
  reset() {
    this.top = 0;
    if (this.scroller?.scrollTop) this.scroller.scrollTop = 0;
  }

  /** Scrolls just enough for the row at `position` to be in view below the sticky header. */
  reveal(position: number) {
    const scroller = this.scroller;
    if (!scroller) return;
    if (!this.rowHeight) this.measure();
    const height = this.rowHeight || 1;
    const header = scroller.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const rowTop = position * height;
    if (rowTop < scroller.scrollTop) scroller.scrollTop = rowTop;
    else if (rowTop + height + header > scroller.scrollTop + scroller.clientHeight) {
      scroller.scrollTop = rowTop + height + header - scroller.clientHeight;
    }
    // Render the new slice now rather than after the scroll event arrives.
    this.scrolled();
  }

  private topRow(): number {
    if (!this.rowHeight) this.measure();
    return this.scroller && this.rowHeight ? Math.floor(this.scroller.scrollTop / this.rowHeight) : 0;
  }

  /**
   * Reads one rendered row: all rows have its height. Called when the scroller is first laid out and
   * whenever its size changes, which is also when a narrower or wider table folds its rows onto more or
   * fewer lines (a height of its own per layout, set by the stylesheet).
   */
  private measure() {
    const scroller = this.scroller;
    const row = scroller?.querySelector('tbody tr[aria-rowindex]');
    if (!scroller || !row) return;
    const before = this.rowHeight;
    this.rowHeight = row.getBoundingClientRect().height;
    if (!this.rowHeight) return;
    const header = scroller.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    // Below the sticky header; one more for the row cut at each edge when scrolled part-way.
    const visible = Math.ceil((scroller.clientHeight - header) / this.rowHeight) + 1;
    const refolded = before > 0 && Math.abs(before - this.rowHeight) > 0.5;
    // The same row stays at the top when the rows change height, once the spacers have followed.
    if (refolded) this.keepTop = true;
    // A taller view than assumed needs more rows now; a shorter one can wait for the next render.
    if (refolded || visible > this.visible) this.host.requestUpdate();
    this.visible = visible;
  }
}
