// @ts-check
/**
 * Heap of <system-events-table> at 100 000 events after a sort on every column and a search, as a ratio
 * of the heap the events themselves take; @vaadin/grid sorted by every column and showing a searched copy
 * is the reference figure. Exact heap figures: gc + performance.memory under --enable-precise-memory-info.
 */
const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);

export default {
  id: 'memory',
  title: 'Memory after sorting every column and a search',
  /** @param {any} h */
  async run(h) {
    const dir = await h.buildPages({ interactions: 'test/bench/interactions.ts', vaadin: 'test/bench/memory-vaadin.ts' });
    const server = await h.serve(dir);
    const samples = Math.min(h.SAMPLES, 5);
    let results;
    try {
      results = h.medians(
        await h.alternate(
          h.browser,
          [
            { id: 'ours', url: `${server.url}/interactions.html?memory&rows=${ROWS}` },
            { id: 'vaadin', url: `${server.url}/vaadin.html?rows=${ROWS}` },
          ],
          { label: 'memory', samples },
        ),
      );
    } finally {
      server.close();
      h.cleanUp(dir);
    }
    const mb = (/** @type {number} */ bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
    const markdown = `${h.table(
      ['variant', 'the events alone', 'after sorting every column and a search', 'ratio'],
      ['ours', 'vaadin'].map((id) => [
        id === 'ours' ? 'system-events-table' : 'vaadin-grid (reference)',
        mb(results[id].data),
        mb(results[id].after),
        results[id].ratio.toFixed(2),
      ]),
    )}

How it is measured:
- A fresh page per sample, ours and vaadin-grid alternating (median of ${samples}). Heap is \`performance.memory.usedJSHeapSize\` after three rounds of \`gc()\` with 200 ms between them, under \`--enable-precise-memory-info\`.
- **The events alone**: the heap after building ${ROWS.toLocaleString('en')} events (the demo fixtures) minus the heap of the page before.
- **After**: the element made and shown with those events, a click on every column's header (each waited for until the table is no longer busy), then the search "rebuild #9"; minus the same empty-page heap. vaadin-grid: seven \`vaadin-grid-sort-column\`s sorted one after the other (its array data provider), then its \`items\` set to the searched copy while the page keeps the full list.
`;
    return {
      markdown,
      ratios: [
        { what: 'heap after sorting every column and a search ÷ the events', value: results.ours.ratio, target: 1.2 },
        { what: 'vaadin-grid, the same ÷ the events (reference)', value: results.vaadin.ratio, target: 0, info: true },
      ],
    };
  },
};
