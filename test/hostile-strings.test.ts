/**
 * Text from the endpoint is data, never markup: every text field of every resource, filled with markup
 * and script, must come out as the same text and create no element and run nothing.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { json, normalLicenses, stubFetch, until, visibleText } from './helpers.js';
import { licenseDetail, status as demoStatus } from '../demo/endpoint/fixtures.js';

const EVIL = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>&amp;';
const ENDPOINT = 'https://crm.example/api';
const pwned = () => (window as unknown as { __pwned?: number }).__pwned;

/** Markup the element itself did not write: an img/script anywhere in its shadow tree (nested ones too). */
function injected(root: Element): Element[] {
  const found: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.localName === 'script' || (element.localName === 'img' && element.getAttribute('src') === 'x')) found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  return found;
}

/** Text of an element and every shadow root below it. */
function deepText(root: Element): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    const element = node as Element;
    if (element.shadowRoot) walk(element.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return text.replace(/\s+/g, ' ');
}

describe('hostile strings render as text', () => {
  afterEach(() => expect(pwned()).to.equal(undefined));

  it('in <license-screen>: owner names in tabs, owner information, licenses', async () => {
    const data = normalLicenses();
    const owner = data.owners[0]!;
    Object.assign(owner, { name: `${EVIL} owner`, companyName: EVIL, serialNumber: EVIL });
    owner.modules = owner.modules.map((m) => ({ ...m, name: `${m.name} ${EVIL}`, description: EVIL, tooltip: EVIL }));
    data.owners.push({ ...owner, id: EVIL, name: `${EVIL} partner` });
    const el = await fixture<HTMLElement>(html`<license-screen lang="en" endpoint=${ENDPOINT} .fetch=${stubFetch({ '/licenses': json(data) })}></license-screen>`);
    await until(() => deepText(el).includes('Sales-Premium'), 'rendered');
    expect(injected(el)).to.deep.equal([]);
    expect(visibleText(el)).to.contain(`${EVIL} owner`).and.contain(`${EVIL} partner`);
  });

  it('in <license-detail>: every text field, assigned people and history notes', async () => {
    const detail = licenseDetail('normal', 'SUPEROFFICE', 'ten-sales')!;
    Object.assign(detail, { name: EVIL, description: EVIL, tooltip: EVIL, prerequisite: EVIL, version: EVIL });
    detail.assignedTo = [{ id: EVIL, name: EVIL, portraitUrl: 'javascript:window.__pwned=1' }];
    detail.history = [{ date: '2026-01-01', total: 3, note: EVIL }];
    const el = await fixture<HTMLElement>(html`<license-detail lang="en" endpoint=${ENDPOINT} owner="SUPEROFFICE" module="ten-sales"
      .fetch=${stubFetch({ '/licenses/SUPEROFFICE/ten-sales': json(detail) })}></license-detail>`);
    await until(() => deepText(el).includes(EVIL), 'rendered');
    expect(injected(el)).to.deep.equal([]);
    await new Promise((resolve) => setTimeout(resolve, 50));
  });

  it('in <status-panel>: database facts, user, plan and restrictions', async () => {
    const status = demoStatus('normal');
    Object.assign(status.database, { owner: EVIL, serialNumber: EVIL, subscription: EVIL, type: EVIL, loggedInUser: { id: EVIL, name: EVIL } });
    status.plan = { name: EVIL, restrictions: [{ id: EVIL, label: EVIL, active: 1, maximum: 2 }] };
    const el = await fixture<HTMLElement>(html`<status-panel lang="en" endpoint=${ENDPOINT}
      .fetch=${stubFetch({ '/status': json(status), '/events': json({ events: [] }) })}></status-panel>`);
    await until(() => deepText(el).includes(EVIL), 'rendered');
    expect(injected(el)).to.deep.equal([]);
    expect(deepText(el).split(EVIL).length - 1).to.be.greaterThan(6);
  });
});
