/**
 * The license list benchmark's baseline: the same rows (name, description, in use, free, total) as a plain
 * lit-html `<table>` rendered by `render()`, numbers through one `Intl.NumberFormat` made beforehand.
 */
import { html, render } from 'lit';
import { sampleLicenses } from './list-data.js';
import { forceLayout, paintedAfter, report, rowCount, settle } from './measure.js';

export interface ListSample {
  /** Start → the rows are in the DOM (script). */
  script: number;
  /** The forced layout after that, alone. */
  layout: number;
  /** Start → laid out (script + layout), below one frame. */
  laidOut: number;
  /** Start → the frame after the one with the rows, painted. */
  painted: number;
}

report(async (): Promise<ListSample> => {
  const modules = sampleLicenses(rowCount()).owners[0]?.modules ?? [];
  const last = modules.at(-1)?.name;
  const numbers = new Intl.NumberFormat('en');
  numbers.format(0);
  await settle(1000);

  performance.mark('bench-start');
  const start = performance.now();
  const host = document.createElement('div');
  document.body.append(host);
  render(
    html`<table>
      <thead><tr><th>License</th><th>In use</th><th>Free</th><th>Total</th></tr></thead>
      <tbody>
        ${modules.map(
          (module) => html`<tr>
            <th scope="row"><button type="button">${module.name}</button><span>${module.description}</span></th>
            <td>${numbers.format(module.inUse)}</td><td>${numbers.format(module.free)}</td><td>${numbers.format(module.total)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`,
    host,
  );
  const shows = () => [...host.querySelectorAll('button')].some((button) => button.textContent === last);
  if (!shows()) throw new Error('the last license is not in the table');
  const script = performance.now() - start;
  forceLayout();
  const laidOut = performance.now() - start;
  const painted = await paintedAfter(start, shows);
  return { script, layout: laidOut - script, laidOut, painted };
});
