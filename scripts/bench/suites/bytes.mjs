// @ts-check
/**
 * Bytes before content (issue target 6, and the design's size budgets): the figures of
 * `scripts/check-size.mjs --json` (min + gzip -9) set against the design's budgets. Needs `npm run build`.
 */
import { execFileSync } from 'node:child_process';

const KB = 1024;
const kb = (/** @type {number} */ bytes) => `${(bytes / KB).toFixed(1)} KB`;

export default {
  id: 'bytes',
  title: 'Bytes before content',
  async run() {
    // check-size exits 1 when a budget of budgets.json is passed; its figures are printed either way.
    let out;
    try {
      out = execFileSync(process.execPath, ['scripts/check-size.mjs', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      out = /** @type {{ stdout: string }} */ (error).stdout;
    }
    const figures = JSON.parse(out);
    const largestLocale = figures.locales.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const rows = [
      { what: 'owner tab of <license-screen> from the drop-in files (English)', bytes: figures.dropInOwnerTab.bytes, target: 25 * KB },
      { what: 'owner tab of <license-screen> from the npm build (license-widgets/license-screen)', bytes: figures.entries['./license-screen'].bytes, target: 25 * KB },
      { what: '<license-list> alone (license-widgets/license-list)', bytes: figures.entries['./license-list'].bytes, target: 20 * KB },
      { what: 'library up front (drop-in entry; dialogs, dashboard, events table on demand)', bytes: figures.library.bytes, target: 30 * KB },
      { what: `largest locale module (${largestLocale.name})`, bytes: largestLocale.bytes, target: 3 * KB },
    ];
    const markdown = [
      '| what | min+gzip | design budget | ratio |',
      '|---|---|---|---|',
      ...rows.map((row) => `| ${row.what} | ${kb(row.bytes)} | ${kb(row.target)} | ${(row.bytes / row.target).toFixed(2)} |`),
      '',
      `Drop-in files before the owner tab shows: ${figures.dropInOwnerTab.files.map((/** @type {string} */ f) => `\`${f}\``).join(', ')}. ` +
        `Each locale: ${figures.locales.map((/** @type {{ name: string, bytes: number }} */ l) => `${l.name} ${kb(l.bytes)}`).join(', ')}.`,
      '',
      'How it is measured:',
      '- `node scripts/check-size.mjs --json` after `npm run build`: min + gzip -9.',
      '- Drop-in: the files of `dist/bundle/` a browser fetches before the owner tab content, followed through their static imports from the entry (no locale for English).',
      '- npm build: what a host bundles for one entry of `exports` (esbuild, Lit included), the up-front chunks gzipped together; on-demand chunks not counted.',
      '- Locale: each locale module of the split library; the figure is the largest.',
    ].join('\n');
    return {
      markdown,
      ratios: rows.map((row) => ({ what: row.what, value: Number((row.bytes / row.target).toFixed(3)), target: 1 })),
    };
  },
};
