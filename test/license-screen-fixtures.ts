/** The license screen as the activation and license-file tests drive it: routes, dialog parts, focus. */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/license-screen/define.js';
import type { LicenseScreen } from '../src/elements/license-screen/license-screen.js';
import { json, normalLicenses, stubFetch, until, type Reply } from './helpers.js';
import { licenseDetail as demoDetail } from '../demo/endpoint/fixtures.js';

export const ENDPOINT = 'https://crm.example/api';

export const shadow = (el: Element) => el.shadowRoot as ShadowRoot;
export const part = <T extends Element = HTMLElement>(el: LicenseScreen, name: string) =>
  shadow(el).querySelector<T>(`[part~=${name}]`);
export const dialog = (el: LicenseScreen) => shadow(el).querySelector('dialog.activation') as HTMLDialogElement;
export const list = (el: LicenseScreen) => shadow(el).querySelector('license-list') as HTMLElement;
export const rowText = (el: LicenseScreen, name: string) =>
  [...shadow(list(el)).querySelectorAll('tbody tr')]
    .find((row) => row.querySelector('th')?.textContent?.trim() === name)
    ?.textContent?.replace(/\s+/g, ' ')
    .trim();

export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Routes for `/licenses` and every vendor module's detail, as the demo endpoint answers them, with the
 * changes waiting on the license server given per module (every other module has none).
 */
export function vendorRoutes(pending: Record<string, { newTotal: number; added: number } | null> = { 'ten-sales': { newTotal: 30, added: 5 } }) {
  const licenses = normalLicenses();
  const owner = licenses.owners[0]!;
  owner.modules = owner.modules.map((module) => ({ ...module, pending: pending[module.id] ?? null }));
  const routes: Record<string, Reply | Reply[]> = { '/licenses': json(licenses) };
  for (const module of owner.modules) {
    const detail = demoDetail('normal', 'SUPEROFFICE', module.id)!;
    routes[`/licenses/SUPEROFFICE/${module.id}`] = json({ ...detail, pending: module.pending });
  }
  return routes;
}

export async function renderScreen(routes: Record<string, Reply | Reply[]>) {
  const fetch = stubFetch(routes);
  const el = await fixture<LicenseScreen>(html`<license-screen lang="en" endpoint=${ENDPOINT} .fetch=${fetch}></license-screen>`);
  await until(() => !!list(el) && rowText(el, 'Sales-Premium') !== undefined, 'licenses shown');
  return { el, fetch };
}

export async function openActivation(el: LicenseScreen) {
  const button = part<HTMLButtonElement>(el, 'activate-button') as HTMLButtonElement;
  button.focus();
  await sendKeys({ press: 'Enter' });
  await until(() => dialog(el).open, 'activation dialog open');
  await until(() => !dialog(el).querySelector('[part=loading]'), 'license server checked');
  return button;
}

/** Activate stays focusable when unavailable: it says so with aria-disabled. */
export const unavailable = (button: Element) => button.getAttribute('aria-disabled') === 'true';
export const confirm = (el: LicenseScreen) => dialog(el).querySelector('[part=confirm-button]') as HTMLButtonElement;
export const changeRows = (el: LicenseScreen) =>
  [...dialog(el).querySelectorAll('[part=changes] tbody tr')].map((row) =>
    [...row.children].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
  );

export function chooseFile(el: LicenseScreen, content: string) {
  const input = shadow(el).querySelector('input[type=file]') as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], 'license.lic'));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

