import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/system-events-table/define.js';
import type { SystemEventsTable } from '../src/elements/system-events-table/system-events-table.js';
import { resolveLocale } from '../src/i18n/locales.js';
import { events as demoEvents } from '../demo/endpoint/fixtures.js';
import type { SystemEvent } from '../src/data/schema.js';
import { until } from './helpers.js';
import { NOW, cutShort, layoutEvents, shadow } from './system-events-fixtures.js';

/** The column headers as the help pages word them (domain.md, "Event / Status / Message" …). */
const HEADERS: Record<string, string[]> = {
  en: ['Event', 'Status', 'Message', 'Activated', 'Activated by', 'Finished', 'Type'],
  de: ['Ereignis', 'Status', 'Nachricht', 'Aktiviert', 'Aktiviert von', 'Voraussichtliches Ende', 'Typ'],
  sv: ['Händelse', 'Status', 'Meddelande', 'Aktiverat', 'Aktiverad av', 'Avslutat', 'Typ'],
  nb: ['Operasjon', 'Status', 'Melding', 'Aktivert', 'Aktivert av', 'Avsluttes', 'Type'],
  da: ['Hændelse', 'Status', 'Meddelelse', 'Aktiveret', 'Aktiveret af', 'Afsluttet', 'Type'],
  nl: ['Gebeurtenis', 'Status', 'Bericht', 'Geactiveerd', 'Geactiveerd door', 'Voltooid', 'Type'],
};
/** The Description pane's heading, from the seeds ("Beskrivning", …). */
const DESCRIPTION: Record<string, string> = {
  en: 'Description', de: 'Beschreibung', sv: 'Beskrivning', nb: 'Beskrivelse', da: 'Beskrivelse', nl: 'Beschrijving',
};

async function tableIn(lang: string) {
  const el = await fixture<SystemEventsTable>(
    html`<system-events-table lang=${lang} .events=${demoEvents(5) as SystemEvent[]}></system-events-table>`,
  );
  await until(() => headers(el)[0] === HEADERS[resolveLocale(lang)][0], `${lang} loaded`);
  await el.updateComplete;
  return el;
}

const headers = (el: Element) =>
  [...(el.shadowRoot as ShadowRoot).querySelectorAll('thead th')].map((th) => th.textContent?.replace(/\s+/g, ' ').trim());

describe('<system-events-table> in six languages', () => {
  for (const [lang, expected] of Object.entries(HEADERS)) {
    it(`has the help pages' column headers in ${lang}`, async () => {
      const el = await tableIn(lang);
      expect(headers(el)).to.deep.equal(expected);
      expect((el.shadowRoot as ShadowRoot).querySelector('#description-heading')?.textContent).to.equal(DESCRIPTION[lang]);
      // Dates follow the language too.
      const activated = (el.shadowRoot as ShadowRoot).querySelector('tbody tr td:nth-child(4)')?.textContent?.trim();
      expect(activated).to.equal(
        new Intl.RelativeTimeFormat(resolveLocale(lang), { numeric: 'auto' }).format(-30, 'minute'),
      );
    });
  }
});

/**
 * At 1280 px (the demo's 1088 px content box, 1280 and a wider 1440 too, one layout each) nothing an
 * administrator reads first is cut short: headers, statuses, who activated the event, dates and names.
 */
describe('<system-events-table> without truncation', () => {
  for (const lang of Object.keys(HEADERS)) {
    it(`cuts no header, name, status, person or date short in ${lang}`, async () => {
      const box = await fixture<HTMLElement>(html`<div style="inline-size: 1440px">
        <system-events-table lang=${lang} .now=${NOW} .events=${layoutEvents()} style="--system-events-height: 300em"></system-events-table>
      </div>`);
      const el = box.firstElementChild as SystemEventsTable;
      await until(() => headers(el)[0] === HEADERS[resolveLocale(lang)][0], `${lang} loaded`);
      for (const width of [1440, 1280, 1088]) {
        box.style.inlineSize = `${width}px`;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        await el.updateComplete;
        const root = shadow(el);
        const rows = root.querySelectorAll('tbody tr[aria-rowindex]');
        expect(rows.length, 'all the rows rendered').to.equal(52);
        const read = [
          ...root.querySelectorAll('thead th, thead .sort'),
          ...root.querySelectorAll('tbody tr > :is(:nth-child(1), :nth-child(2), :nth-child(4), :nth-child(5), :nth-child(6)), tbody .who'),
        ];
        expect(cutShort(read), `cut short at ${width} px`).to.deep.equal([]);
        // Nor does the table scroll sideways.
        const scroller = root.querySelector('[part=scroller]') as HTMLElement;
        expect(scroller.scrollWidth, `sideways at ${width} px`).to.be.at.most(scroller.clientWidth);
      }
    });
  }
});
