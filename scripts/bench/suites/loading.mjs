// @ts-check
/**
 * One round trip for any tab: `<license-screen>` opened on an owner tab, on Status and on a partner's tab
 * (and `<status-panel>` alone), against a server that delays every answer by 150 ms (the page's scripts
 * too), from the element put in the page to its content painted, with the drop-in files as built. The
 * ideal is one round trip of the slowest request with everything started at once (the longest round trip
 * the element made in that sample) plus the element's own work on the answers (the time it takes to
 * show them once they land together: held, then answered from memory, on a server without delay). See
 * "How it is measured" below.
 */
import { answerDemoRequest } from '../../../demo/endpoint/handler.js';

const LATENCY = 150;
const TABS = [
  { id: 'SUPEROFFICE', label: 'Owner tab (SuperOffice)' },
  { id: 'status', label: 'Status tab' },
  { id: 'partner', label: 'Partner tab (its own service)' },
  { id: 'panel', label: '`<status-panel>` alone' },
];

/** A request's start from the clock's: before it when the drop-in entry asked as it ran. @param {number} value */
const startAt = (value) => (value < 0 ? `${(-value).toFixed(1)} ms before` : `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ms`);

/** The demo endpoint's answers, and the partner's own service. @type {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => boolean} */
function route(request, response) {
  const url = request.url ?? '';
  if (url.startsWith('/bench-partner')) {
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ figures: '42 seats' }));
    return true;
  }
  const answer = answerDemoRequest(request.method ?? 'GET', url, /** @type {Record<string, string>} */ (request.headers), '');
  if (!answer) return false;
  response.writeHead(answer.status, answer.headers).end(answer.body);
  return true;
}

export default {
  id: 'loading',
  title: 'One round trip for any tab (150 ms added latency)',
  /** @param {typeof import('../harness.mjs') & { browser: import('playwright-core').Browser }} h */
  async run(h) {
    const root = await h.buildPages({ loading: 'test/bench/loading.ts' }, { dropIn: true });
    const slow = await h.serve(root, { latency: LATENCY, route });
    const quick = await h.serve(root, { route });
    /** @type {string[][]} */
    const rows = [];
    /** @type {string[][]} */
    const startRows = [];
    /** @type {import('../harness.mjs').Ratio[]} */
    const ratios = [];
    try {
      for (const tab of TABS) {
        const page = (/** @type {string} */ base, /** @type {string} */ variant) => `${base}/loading.html?tab=${tab.id}&variant=${variant}`;
        const results = await h.alternate(
          h.browser,
          [
            { id: 'element', url: page(slow.url, 'element') },
            { id: 'network', url: page(slow.url, 'network') },
            { id: 'held', url: page(quick.url, 'held') },
          ],
          { label: tab.label },
        );
        const m = h.medians(results);
        // Each sample of the element against the ideal taken right beside it (the same round of the
        // alternation), then the median: a machine whose load drifts during the run moves both alike.
        const paired = (/** @type {string} */ field, /** @type {(i: number) => number} */ ideal) =>
          h.median(results.element[field].map((value, i) => value / ideal(i)));
        // The ideal of a sample: the longest round trip among the requests it made (as if all had started
        // at once), plus the element's own work once the answers are there (median of the held variant).
        const ratio = (/** @type {string} */ field) => paired(field, (i) => results.element.slowest[i] + m.held[field]);
        const alone = (/** @type {string} */ field) => paired(field, (i) => results.element.slowest[i]);
        // A cross-check: against the page that fetches the tab's URLs in parallel in the same round.
        const parallel = (/** @type {string} */ field) => paired(field, (i) => results.network[field][i] + results.held[field][i]);
        rows.push([
          tab.label,
          `${h.ms(m.element.layout)} / ${h.ms(m.element.painted)}`,
          h.ms(m.element.slowest),
          `${h.ms(m.network.layout)} / ${h.ms(m.network.painted)}`,
          `${h.ms(m.held.layout)} / ${h.ms(m.held.painted)}`,
          `**${ratio('layout').toFixed(2)}** / ${ratio('painted').toFixed(2)}`,
          `${parallel('layout').toFixed(2)} / ${parallel('painted').toFixed(2)}`,
          `${alone('layout').toFixed(2)} / ${alone('painted').toFixed(2)}`,
        ]);
        const starts = Object.keys(m.element)
          .filter((field) => field.startsWith('starts.'))
          .map((field) => `${field.slice('starts.'.length)} ${startAt(m.element[field])}`);
        if (m.element.chunkStart !== undefined) starts.push(`first chunk ${startAt(m.element.chunkStart)}`);
        starts.push(`last answer in ${h.ms(m.element.lastAnswer)}`, `${m.element.requests} requests in all`);
        startRows.push([tab.label, starts.join(', ')]);
        ratios.push({ what: `${tab.label}: time to content ÷ ideal (forced layout)`, value: ratio('layout'), target: 1.1 });
        ratios.push({ what: `${tab.label}: time to content ÷ ideal (painted)`, value: ratio('painted'), target: 1.1 });
      }
    } finally {
      slow.close();
      quick.close();
      h.cleanUp(root);
    }
    const markdown = `${h.table(
      [
        'tab',
        'element: layout / painted',
        'its slowest round trip',
        'requests in parallel (page)',
        'element after answers land',
        'element ÷ ideal',
        'element ÷ (parallel page + own work)',
        'element ÷ slowest round trip alone',
      ],
      rows,
    )}

Request starts (median ms after the element was put in the page):

${h.table(['tab', 'starts'], startRows)}

How it is measured:
- A server adds ${LATENCY} ms to every answer (the demo endpoint's data, the partner's own service, and the
  page's script chunks); the page loads the drop-in files as they are built (\`npm run build\`), so the
  Status tab's chunks come from the server as a host's would, six connections at a time (HTTP/1.1).
- Time: from just before the element is put in the page (the owner and partner tabs, which need nothing
  beyond the entry), or, for Status and the panel alone, with the element already in the page when the
  drop-in entry arrives (put in the page later, it would find its chunks loaded while the page was idle),
  from the moment the entry has run and defined it, to the first task in which the text of every
  answer the tab needs is in the DOM (shadow roots included), then a forced layout, then the frame after
  the next one (painted). A fresh page per sample; variants alternated.
- Ideal: one round trip of the slowest request, as if everything had started at once, plus the element's
  own work on the answers. The round trip is the longest one (request or script chunk, from its start to its
  last byte) among those the element made in that very sample, so the server's and the machine's drift in a
  loaded run falls on both sides alike. The own work is the element in the page with every request held,
  then all answered at once from memory, timed from that moment (a server without delay; median).
  Cross-checks: the same against a page that fetches the tab's URLs in parallel and puts their texts in the
  page (same round of the alternation), and the element's time over its slowest round trip alone (its own
  work counted as waste).
- Ratios: each sample divided by the ideal of the same round of the alternation, then the median (the
  times shown are plain medians).
- Starts: Resource Timing of each request (a request the element did not make is not listed); "before"
  when the drop-in entry asked for it as it ran, before it had defined the element.`;
    return { markdown, ratios };
  },
};
