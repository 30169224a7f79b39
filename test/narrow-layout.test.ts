/**
 * Every element at phone width, in every language: in a 360 px container on a wide window (the elements
 * follow their container, not the window) nothing sticks out sideways; with a 360 px window every dialog
 * fits. German is the longest language, but a Danish or Dutch word may be the one that does not fit.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/index.js';
import { deepElements, expectDialogFits, expectNoOverflow, scrollingSideways, settled } from './layout-checks.js';
import { until } from './helpers.js';

const LANGUAGES = ['en', 'sv', 'nb', 'da', 'nl', 'de'];
const api = (scenario: string) => `/demo-api/${scenario}`;

async function inPhoneBox(lang: string, template: TemplateResult, ready: (el: HTMLElement) => boolean = () => true) {
  const box = await fixture<HTMLElement>(html`<div lang=${lang} style="inline-size: 360px; font: 16px/1.4 sans-serif">${template}</div>`);
  const el = box.firstElementChild as HTMLElement;
  await until(() => settled(box, lang) && ready(el), `${el.localName} in ${lang}`, 8000);
  return box;
}

const deepPart = <T extends Element = HTMLButtonElement>(root: Element, name: string) =>
  deepElements(root).find((el) => el.getAttribute('part')?.split(/\s+/).includes(name)) as T | undefined;

const openDialog = (root: Element) =>
  deepElements(root).find((el): el is HTMLDialogElement => el instanceof HTMLDialogElement && el.open);

/** What each element shows at phone width: its main states on the demo endpoint. */
const VIEWS: [string, (lang: string) => Promise<HTMLElement>][] = [
  ['license-screen, owner tab', (lang) => inPhoneBox(lang, html`<license-screen endpoint=${api('normal')}></license-screen>`)],
  ['license-screen, Status tab', (lang) => inPhoneBox(lang, html`<license-screen endpoint=${api('normal')} tab="status"></license-screen>`)],
  ['license-list, over-assigned', (lang) => inPhoneBox(lang, html`<license-list endpoint=${api('over-assigned')}></license-list>`)],
  ['license-list, expired', (lang) => inPhoneBox(lang, html`<license-list endpoint=${api('expired')}></license-list>`)],
  ['license-list, empty', (lang) => inPhoneBox(lang, html`<license-list endpoint=${api('empty')}></license-list>`)],
  ['license-list, server error', (lang) => inPhoneBox(lang, html`<license-list endpoint=${api('http-500')}></license-list>`)],
  ['license-detail', (lang) => inPhoneBox(lang, html`<license-detail endpoint=${api('normal')} owner="SUPEROFFICE" module="ten-sales"></license-detail>`)],
  ['status-panel, plan at 100 %', (lang) => inPhoneBox(lang, html`<status-panel endpoint=${api('plan-100')}></status-panel>`)],
  ['system-events-table', (lang) => inPhoneBox(lang, html`<system-events-table endpoint=${api('normal')} editable></system-events-table>`)],
];

/** Dialogs at a 360 px window: what opens them, in the element that holds them. */
const DIALOGS: [string, TemplateResult, string][] = [
  ['the activation dialog', html`<license-screen endpoint=${api('over-assigned')}></license-screen>`, 'activate-button'],
  ['the license detail dialog', html`<license-screen endpoint=${api('normal')}></license-screen>`, 'license-name'],
  ['the metered-services dashboard', html`<status-panel endpoint=${api('normal')}></status-panel>`, 'dashboard-button'],
  ['the Add event dialog', html`<system-events-table endpoint=${api('normal')} editable></system-events-table>`, 'add-button'],
];

describe('phone width (360 px) in six languages', function () {
  this.timeout(20_000);

  describe('in a 360 px container on a 1280 px window', () => {
    before(() => setViewport({ width: 1280, height: 900 }));
    for (const lang of LANGUAGES) {
      for (const [name, show] of VIEWS) {
        it(`${name} fits (${lang})`, async () => {
          const box = await show(lang);
          expectNoOverflow(box);
          // A tab strip may scroll; a table that scrolls sideways on a phone is a table that does not fit.
          expect(scrollingSideways(box).filter((region) => region !== 'tablist'), 'scrolling sideways').to.deep.equal([]);
        });
      }
    }
  });

  describe('dialogs in a 360 px window', () => {
    before(() => setViewport({ width: 360, height: 740 }));
    after(() => setViewport({ width: 800, height: 600 }));
    for (const lang of LANGUAGES) {
      for (const [name, template, opener] of DIALOGS) {
        it(`${name} fits (${lang})`, async () => {
          const box = await inPhoneBox(lang, template, (el) => !!deepPart(el, opener));
          (deepPart(box, opener) as HTMLElement).click();
          await until(() => !!openDialog(box) && settled(box, lang), 'the dialog open and loaded', 8000);
          expectDialogFits(openDialog(box) as HTMLDialogElement);
        });
      }
    }
  });

  describe('between phone and desktop', () => {
    before(() => setViewport({ width: 1280, height: 900 }));
    for (const width of [480, 600, 760]) {
      it(`license names keep their words at ${width} px (de)`, async () => {
        const box = await fixture<HTMLElement>(html`<div lang="de" style="inline-size: ${width}px; font: 16px/1.4 sans-serif">
          <license-list endpoint=${api('normal')}></license-list></div>`);
        await until(() => settled(box, 'de'), 'the list in German', 8000);
        const names = deepElements(box).filter((el) => el.getAttribute('part') === 'license-name');
        expect(names.length).to.be.above(10);
        // "SuperOffice Expander Services" on at most two lines, never one letter per line.
        const tallest = Math.max(...names.map((name) => name.getBoundingClientRect().height));
        expect(tallest).to.be.at.most(2 * 1.4 * 16 + 2);
        expectNoOverflow(box);
      });
    }
  });

  describe('in a host layout that sizes by content', () => {
    for (const [layout, style] of [
      ['a flex row', 'display: flex'],
      ['an inline-block', 'display: inline-block'],
    ]) {
      it(`<license-detail> in ${layout} is not 0 wide`, async () => {
        const box = await fixture<HTMLElement>(html`<div lang="en" style="${style}; font: 16px/1.4 sans-serif">
          <license-detail endpoint=${api('normal')} owner="SUPEROFFICE" module="ten-sales"></license-detail></div>`);
        await until(() => settled(box, 'en'), 'the detail', 8000);
        expect((box.querySelector('license-detail') as HTMLElement).getBoundingClientRect().width).to.be.at.least(300);
      });
    }
  });
});
