/**
 * The activation dialog against what it knows: a refusal (409) names exactly the licenses the server
 * named and never contradicts the numbers shown; and focus never falls to <body> when Activate becomes
 * unavailable under it (a shortfall found once the data arrives, an activation under way, a refusal).
 */
import { expect } from '@open-wc/testing';
import { deferred, json, normalLicenses, problem, readText, until, visibleText, type Reply } from './helpers.js';
import { licenseDetail as demoDetail } from '../demo/endpoint/fixtures.js';
import {
  changeRows, confirm, deepActive, dialog, list, openActivation, part, renderScreen, rowText, shadow, unavailable, vendorRoutes,
} from './license-screen-fixtures.js';
import type { LicenseScreen } from '../src/elements/license-screen/license-screen.js';

/** Where focus is, as text: an element in a failure message can stall the test runner's report. */
function focused(): string {
  const active = deepActive();
  if (!active || active === document.body) return 'body';
  return active.getAttribute('part') ?? active.tagName.toLowerCase();
}

/** Fails the test if focus is ever on <body> while the dialog is open; polled, as focus moves without events. */
/**
 * Fails when focus leaves the dialog for nowhere: a focused button that becomes `disabled` blurs with no
 * `relatedTarget`, however briefly, so every such `focusout` inside the screen is caught, not only the
 * moments a timer happens to look.
 */
function watchFocus(el: LicenseScreen) {
  const seen: string[] = [];
  const onFocusOut = (event: FocusEvent) => {
    if (dialog(el).open && event.relatedTarget === null) seen.push(`focus left ${(event.target as Element).getAttribute('part') ?? (event.target as Element).tagName}`);
  };
  const root = el.shadowRoot as ShadowRoot;
  root.addEventListener('focusout', onFocusOut as EventListener, true);
  const timer = setInterval(() => {
    if (dialog(el).open && focused() === 'body') seen.push('body');
  }, 2);
  return {
    stop() {
      clearInterval(timer);
      root.removeEventListener('focusout', onFocusOut as EventListener, true);
      expect(seen, 'focus fell to <body>').to.deep.equal([]);
    },
  };
}

describe('activation dialog: a refusal that arrives anyway', () => {
  it('names the licenses the server named and no others, and leaves the numbers on screen as they are', async () => {
    const { el, fetch } = await renderScreen({
      ...vendorRoutes({ 'ten-sales': { newTotal: 30, added: 5 }, pocket: { newTotal: 12, added: 2 } }),
      '/licenses/SUPEROFFICE/activate': problem(409, 'The license server refused the activation.', { modules: ['pocket'] }),
    });
    const before = visibleText(list(el));
    await openActivation(el);
    const rowsBefore = changeRows(el);
    expect(rowsBefore).to.deep.equal([['Sales-Premium', '23', '25', '30'], ['Pocket CRM', '4', '10', '12']]);
    expect(unavailable(confirm(el))).to.equal(false);
    confirm(el).click();
    await until(() => !!dialog(el).querySelector('[part=error]'), 'refusal shown');
    await until(() => !dialog(el).querySelector('[part=loading]'), 'checked again');
    const alert = readText(dialog(el).querySelector('[part=error]'));
    expect(alert).to.contain('The license service refused the request')
      .and.contain('The license server refused the activation.')
      .and.contain('Licenses named by the license server: Pocket CRM')
      .and.not.contain('Sales-Premium');
    // The numbers stay; the named license is marked as refused, without a claim the numbers deny (12 ≥ 4).
    expect(changeRows(el)).to.deep.equal([
      ['Sales-Premium', '23', '25', '30'],
      ['Pocket CRM ⚠ The license server refused this license.', '4', '10', '12'],
    ]);
    expect(readText(dialog(el))).not.to.contain('below the');
    expect(unavailable(confirm(el))).to.equal(true);
    const reason = shadow(el).getElementById(confirm(el).getAttribute('aria-describedby') ?? '');
    expect(readText(reason)).to.equal('⚠ Activate is not available: the license server refused Pocket CRM.');
    expect(visibleText(list(el))).to.equal(before);
    expect(rowText(el, 'Sales-Premium')).to.contain('25');
    expect(fetch.requests.filter((r) => r.method === 'POST')).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});

describe('activation dialog: focus when Activate becomes unavailable', () => {
  it('stays on Activate while an activation is under way and after a refusal', async () => {
    const answer = deferred();
    const { el } = await renderScreen({ ...vendorRoutes(), '/licenses/SUPEROFFICE/activate': answer.reply });
    await openActivation(el);
    const button = confirm(el);
    button.focus();
    const focus = watchFocus(el);
    button.click();
    await until(() => unavailable(button), 'unavailable while activating');
    expect(focused()).to.equal('confirm-button');
    answer.resolve(problem(409, 'Refused.', { modules: ['ten-sales'] }));
    await until(() => !!dialog(el).querySelector('[part=error]') && !dialog(el).querySelector('[part=loading]'), 'refused');
    expect(unavailable(button)).to.equal(true);
    expect(focused()).to.equal('confirm-button');
    focus.stop();
  });

  it('stays on Activate when the check finds a shortfall once the data arrives', async () => {
    // `pending` not on /licenses: the dialog asks each license's detail, and Sales-Premium's comes late.
    const licenses = normalLicenses();
    const owner = licenses.owners[0]!;
    owner.modules = owner.modules.map(({ pending: _, ...module }) => module) as typeof owner.modules;
    const late = deferred();
    const routes: Record<string, Reply> = { '/licenses': json(licenses) };
    for (const module of owner.modules) {
      routes[`/licenses/SUPEROFFICE/${module.id}`] = json({ ...demoDetail('normal', 'SUPEROFFICE', module.id), pending: null });
    }
    routes['/licenses/SUPEROFFICE/ten-sales'] = late.reply;
    const { el } = await renderScreen(routes);
    (part(el, 'activate-button') as HTMLButtonElement).click();
    await until(() => dialog(el).open, 'dialog open');
    const button = confirm(el);
    button.focus();
    const focus = watchFocus(el);
    expect(unavailable(button)).to.equal(true);
    late.resolve(json({ ...demoDetail('normal', 'SUPEROFFICE', 'ten-sales'), pending: { newTotal: 20, added: -5 } }));
    await until(() => !dialog(el).querySelector('[part=loading]'), 'checked');
    expect(changeRows(el)[0]?.[0]).to.equal('Sales-Premium ⚠ New total 20 is below the 23 in use.');
    expect(unavailable(button)).to.equal(true);
    expect(focused()).to.equal('confirm-button');
    focus.stop();
    await expect(el).to.be.accessible();
  });

  it('goes to Activate, not <body>, when the pressed Try again goes away', async () => {
    const licenses = normalLicenses();
    const owner = licenses.owners[0]!;
    owner.modules = owner.modules.map(({ pending: _, ...module }) => module) as typeof owner.modules;
    const routes: Record<string, Reply | Reply[]> = { '/licenses': json(licenses) };
    for (const module of owner.modules) {
      routes[`/licenses/SUPEROFFICE/${module.id}`] = [problem(503, 'Busy.'), json({ ...demoDetail('normal', 'SUPEROFFICE', module.id), pending: null })];
    }
    const { el } = await renderScreen(routes);
    (part(el, 'activate-button') as HTMLButtonElement).click();
    await until(() => !!dialog(el).querySelector('[part=retry-button]'), 'check failed');
    const retry = dialog(el).querySelector('[part=retry-button]') as HTMLButtonElement;
    retry.focus();
    const focus = watchFocus(el);
    retry.click();
    await until(() => !dialog(el).querySelector('[part=loading]') && !dialog(el).querySelector('[part=retry-button]'), 'checked again');
    expect(focused()).to.equal('confirm-button');
    focus.stop();
  });
});
