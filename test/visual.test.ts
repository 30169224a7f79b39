/**
 * Visual regression baselines of the main states, light and dark. Data and dates are fixed so a baseline
 * does not drift with the calendar; `npm run test:update-screenshots` renews them after a deliberate change.
 */
import { fixture, html } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../src/index.js';
import { json, normalLicenses, problem, stubFetch, until } from './helpers.js';
import { licenses as demoLicenses, status as demoStatus } from '../demo/endpoint/fixtures.js';

const ENDPOINT = 'https://crm.example/api';

function fixedLicenses(scenario = 'normal') {
  const data = scenario === 'normal' ? normalLicenses() : demoLicenses(scenario);
  for (const owner of data.owners) owner.expiryDate = owner.expiryDate ? '2099-06-30' : null;
  return data;
}

function fixedStatus() {
  const data = demoStatus('plan-85');
  data.database.nextExpiryDate = '2099-06-30';
  return data;
}

async function frame(theme: 'light' | 'dark', content: ReturnType<typeof html>) {
  const wrapper = await fixture<HTMLDivElement>(html`<div
    style="color-scheme: ${theme}; background: Canvas; color: CanvasText; padding: 16px; width: 900px; font: 14px/1.4 sans-serif"
  >${content}</div>`);
  const element = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await until(() => !element.shadowRoot?.querySelector('[part=loading]') && !!element.shadowRoot?.firstElementChild, 'rendered');
  await element.updateComplete;
  return wrapper;
}

describe('visual baselines', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`license list, over-assigned (${theme})`, async () => {
      const fetch = stubFetch({ '/licenses': json(fixedLicenses('over-assigned')) });
      const wrapper = await frame(theme, html`<license-list lang="en" endpoint=${ENDPOINT} .fetch=${fetch}></license-list>`);
      await visualDiff(wrapper, `license-list-over-assigned-${theme}`);
    });

    it(`license list, error (${theme})`, async () => {
      const fetch = stubFetch({ '/licenses': problem(503, 'down') });
      const wrapper = await frame(theme, html`<license-list lang="en" endpoint=${ENDPOINT} .fetch=${fetch}></license-list>`);
      await visualDiff(wrapper, `license-list-error-${theme}`);
    });

    it(`status panel, plan near its limit (${theme})`, async () => {
      const fetch = stubFetch({ '/status': json(fixedStatus()), '/events': json({ events: [] }) });
      const wrapper = await frame(theme, html`<status-panel lang="en" endpoint=${ENDPOINT} .fetch=${fetch}></status-panel>`);
      await visualDiff(wrapper, `status-panel-${theme}`);
    });

    it(`license screen, expired (${theme})`, async () => {
      const data = fixedLicenses('third-party');
      data.owners[0]!.expiryDate = '2020-01-31';
      const fetch = stubFetch({ '/licenses': json(data) });
      const wrapper = await frame(theme, html`<license-screen lang="en" endpoint=${ENDPOINT} .fetch=${fetch}></license-screen>`);
      await until(() => !!wrapper.querySelector('license-screen')?.shadowRoot?.querySelector('license-list'), 'tab content');
      await new Promise((resolve) => setTimeout(resolve, 100));
      await visualDiff(wrapper, `license-screen-expired-${theme}`);
    });
  }
});
