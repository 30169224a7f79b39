import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/system-events-table/define.js';
import type { SystemEventsTable } from '../src/elements/system-events-table/system-events-table.js';
import { resolveLocale } from '../src/i18n/locales.js';
import { events as demoEvents } from '../demo/endpoint/fixtures.js';
import type { SystemEvent } from '../src/data/schema.js';
import { until } from './helpers.js';

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
