// @ts-check
/**
 * `<license-list>` with 500 licenses against a plain lit-html `<table>` of the same rows (target 7 of the
 * "no freeze" issue): script, layout and the painted frame, each ours ÷ plain in the same run.
 */

const ROWS = 500;
const VARIANTS = [
  { id: 'license-list', page: 'list-ours' },
  { id: 'plain-table', page: 'list-plain' },
  // The idle warm-up of the formatters switched off: ICU initialises inside the clock.
  { id: 'license-list-cold', page: 'list-ours', cold: true },
];

const HOW = `### How it is measured
- Each sample is a fresh page in one browser; the variants alternate (license list, plain table, license
  list with Intl cold, then again). The page makes one license owner with ${ROWS} licenses in memory (every
  group, a description on each, some all in use, some over-assigned, some unlimited; test/bench/list-data.ts),
  waits 1 s and forces garbage collection.
- **\`<license-list>\`**: created, given the data as its \`licenses\` property (as \`<license-screen>\` gives it
  through context; no endpoint, so nothing is fetched) and \`now\`, inserted; \`updateComplete\` awaited. It
  shows the owner information, the summary strip and the table with a usage bar and notes per license.
- **Plain table**: \`render(html\\\`<table>…\\\`)\` into a \`<div>\`, one row per license with its name (a button),
  description, in use, free and total; numbers through one \`Intl.NumberFormat\` made before the clock starts
  (as the list's formatters are warmed up while the page is idle).
- **Script**: from just before the element (the \`<div>\`) is created until the last license's name is in
  the DOM. **Layout**: the forced layout (reading \`offsetHeight\`) right after, alone: style and layout of
  the whole page. **Painted frame**: from the same start to the animation frame after the one in which the
  rows are in the DOM (counted in frames of about 16.7 ms).
- **Intl cold**: the list's \`define\` module creates the formatters it needs in an idle callback; the cold
  variant switches that off, so ICU initialises inside the first render (for information).
- The page is 1000 px wide: the list is in its table layout (the stacked layout starts below 48em).`;

export default {
  id: 'list',
  title: 'License list',
  /** @param {typeof import('../harness.mjs') & { browser: import('playwright-core').Browser }} h */
  async run(h) {
    const dir = await h.buildPages({ 'list-ours': 'test/bench/list-ours.ts', 'list-plain': 'test/bench/list-plain.ts' });
    const server = await h.serve(dir);
    let results;
    try {
      results = await h.alternate(
        h.browser,
        VARIANTS.map((v) => ({ id: v.id, url: `${server.url}/${v.page}.html?rows=${ROWS}${v.cold ? '&cold' : ''}` })),
        { label: 'list' },
      );
    } finally {
      server.close();
      h.cleanUp(dir);
    }
    const m = h.medians(results);
    const get = (/** @type {string} */ id, /** @type {string} */ field) => m[id]?.[field] ?? NaN;
    const times = h.table(
      ['variant', 'script', 'layout', 'script + layout (below one frame)', 'painted frame'],
      VARIANTS.map((v) => [v.id, h.ms(get(v.id, 'script')), h.ms(get(v.id, 'layout')), h.ms(get(v.id, 'laidOut')), h.ms(get(v.id, 'painted'))]),
    );
    /** @param {string} field @param {string} what */
    const ratio = (field, what, target = 1.2, of = 'license-list') => ({
      what: `${ROWS} licenses, ${what}: ${of} ÷ plain table`,
      value: get(of, field) / get('plain-table', field),
      target,
    });
    const ratios = [
      ratio('script', 'script'),
      ratio('layout', 'layout'),
      ratio('painted', 'painted frame'),
      { ...ratio('laidOut', 'script + layout'), info: true },
      { ...ratio('painted', 'painted frame with Intl cold', NaN, 'license-list-cold'), info: true },
    ];
    const ratioTable = h.table(
      ['ratio', 'measured', 'target', ''],
      ratios.map((r) => [r.what, r.value.toFixed(2), r.info ? '(for information)' : `≤ ${r.target}`, r.info ? '' : r.value <= r.target ? 'met' : 'MISSED']),
    );
    return { markdown: `Medians of ${h.SAMPLES} samples per variant.\n\n${times}\n\n${ratioTable}\n\n${HOW}\n`, ratios };
  },
};
