/**
 * Visual regression baselines: every element in light and dark, in English and German (the longest), at
 * desktop (1280 px) and phone (390 px) width, plus the error, empty, over-assigned and expired states.
 * Data and the clock are fixed so a baseline does not drift with the calendar;
 * `npm run test:update-screenshots` renews them after a deliberate change.
 */
import { fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import type { TemplateResult } from 'lit';
import '../src/index.js';
import { json, normalLicenses, problem, stubFetch, until } from './helpers.js';
import { settled } from './layout-checks.js';
import {
  events as demoEvents,
  licenseDetail as demoDetail,
  licenses as demoLicenses,
  status as demoStatus,
} from '../demo/endpoint/fixtures.js';

const ENDPOINT = 'https://crm.example/api';
/** The clock every baseline is drawn at. */
const NOW = new Date('2026-06-15T10:00:00Z');

/** Runs a fixture builder as if it were NOW: the demo's data is dated relative to today. */
function atNow<T>(build: () => T): T {
  const realNow = Date.now;
  Date.now = () => NOW.getTime();
  try {
    return build();
  } finally {
    Date.now = realNow;
  }
}

const licenses = (scenario = 'normal') => atNow(() => (scenario === 'normal' ? normalLicenses() : demoLicenses(scenario)));
const routes = (scenario = 'normal') => ({
  '/licenses': json(licenses(scenario)),
  '/licenses/SUPEROFFICE/ten-sales': json(atNow(() => demoDetail(scenario, 'SUPEROFFICE', 'ten-sales'))),
  '/status': json(atNow(() => demoStatus('plan-85'))),
  '/events': json({ events: atNow(() => demoEvents(12)) }),
});

type Theme = 'light' | 'dark';

async function frame(theme: Theme, width: number, lang: string, content: TemplateResult) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}
    style="color-scheme: ${theme}; background: Canvas; color: CanvasText; padding: 16px; inline-size: ${width}px; font: 14px/1.4 sans-serif"
  >${content}</div>`);
  await until(() => settled(wrapper, lang), 'rendered', 8000);
  // Fonts, images (portraits) and the last layout after the data arrived.
  await document.fonts.ready;
  await new Promise((resolve) => setTimeout(resolve, 100));
  return wrapper;
}

/** Each element with the fixed data, as a host would place it. */
const ELEMENTS: [string, (fetch: typeof window.fetch) => TemplateResult][] = [
  ['license-screen', (fetch) => html`<license-screen endpoint=${ENDPOINT} .fetch=${fetch} .now=${NOW}></license-screen>`],
  ['license-list', (fetch) => html`<license-list endpoint=${ENDPOINT} .fetch=${fetch} .now=${NOW}></license-list>`],
  ['license-detail', (fetch) => html`<license-detail endpoint=${ENDPOINT} owner="SUPEROFFICE" module="ten-sales" .fetch=${fetch}></license-detail>`],
  ['status-panel', (fetch) => html`<status-panel endpoint=${ENDPOINT} .fetch=${fetch} .now=${NOW}></status-panel>`],
  ['system-events-table', (fetch) => html`<system-events-table endpoint=${ENDPOINT} .fetch=${fetch} .now=${NOW} selected="3"></system-events-table>`],
];

/** The states a designer checks at a glance, on the list (and the screen for expiry). */
const STATES: [string, () => TemplateResult][] = [
  ['license-list-error', () => html`<license-list endpoint=${ENDPOINT} .fetch=${stubFetch({ '/licenses': problem(503, 'down') })}></license-list>`],
  ['license-list-empty', () => html`<license-list endpoint=${ENDPOINT} .fetch=${stubFetch({ '/licenses': json(licenses('empty')) })}></license-list>`],
  ['license-list-over-assigned', () => html`<license-list endpoint=${ENDPOINT} .fetch=${stubFetch({ '/licenses': json(licenses('over-assigned')) })} .now=${NOW}></license-list>`],
  ['license-screen-expired', () => html`<license-screen endpoint=${ENDPOINT} .fetch=${stubFetch({ '/licenses': json(licenses('expired')) })} .now=${NOW}></license-screen>`],
];

describe('visual baselines', function () {
  this.timeout(30_000);
  before(() => setViewport({ width: 1320, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const theme of ['light', 'dark'] as const) {
    for (const lang of ['en', 'de']) {
      for (const width of [1280, 390]) {
        for (const [tag, template] of ELEMENTS) {
          const name = `${tag}-${lang}-${width}-${theme}`;
          it(name, async () => {
            const wrapper = await frame(theme, width, lang, template(stubFetch(routes())));
            await visualDiff(wrapper, name);
          });
        }
      }
    }
    for (const [state, template] of STATES) {
      const name = `${state}-${theme}`;
      it(name, async () => {
        const wrapper = await frame(theme, 1280, 'en', template());
        await visualDiff(wrapper, name);
      });
    }
  }
});
