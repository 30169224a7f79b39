/** The demo page as a designer uses it: every control changes what is shown. */
import { expect } from '@open-wc/testing';
import type { DemoExample } from '../demo/demo-example.js';
import type { DemoThemeEditor } from '../demo/theme-editor.js';
import { until, visibleText } from './helpers.js';

const select = (name: string) => document.querySelector<HTMLSelectElement>(`#controls [name=${name}]`) as HTMLSelectElement;
function choose(name: string, value: string) {
  const control = select(name);
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
}
const example = (tag: string) => document.querySelector<DemoExample>(`demo-example#${tag}`) as DemoExample;
const live = (tag: string) => example(tag).shadowRoot?.querySelector('.stage')?.firstElementChild as HTMLElement;

describe('demo page', () => {
  before(async () => {
    // The page's own markup (as in index.html: the page builds its controls into the form), then its script.
    document.body.insertAdjacentHTML(
      'beforeend',
      `<form id="controls"></form>
      <demo-theme-editor></demo-theme-editor>
      <main id="demo"></main>`,
    );
    await import('../demo/demo-page.js');
    await until(() => document.querySelectorAll('demo-example').length >= 4, 'examples from the manifest');
  });

  it('shows the whole screen and each element alone, with the HTML to paste', async () => {
    const tags = [...document.querySelectorAll('demo-example')].map((e) => e.id);
    expect(tags.slice(0, 4)).to.deep.equal(['license-screen', 'license-list', 'license-detail', 'status-panel']);
    await example('license-list').updateComplete;
    const snippet = example('license-list').shadowRoot?.querySelector('pre')?.textContent;
    expect(snippet).to.equal('<license-list endpoint="/demo-api/normal"></license-list>');
  });

  it('lists attributes, events and parts from custom-elements.json', () => {
    const docs = visibleText(example('license-list').shadowRoot?.querySelector('details:last-of-type') as Element);
    expect(docs).to.contain('owner').and.contain('license-select').and.contain('over-assigned').and.contain('--license-color-accent');
  });

  it('switches the data scenario of every example', async () => {
    choose('scenario', 'http-403');
    await example('license-list').updateComplete;
    expect(live('license-list').getAttribute('endpoint')).to.equal('/demo-api/http-403');
    await until(() => visibleText(live('license-list')).includes('not allowed'), 'scenario applied');
    expect(new URL(location.href).searchParams.get('scenario')).to.equal('http-403');
    choose('scenario', 'normal');
  });

  it('switches the language of the page and the elements', async () => {
    choose('lang', 'de');
    expect(document.documentElement.lang).to.equal('de');
    await until(() => visibleText(live('license-list')).includes('Lizenzliste'), 'German');
    choose('lang', 'en');
    await until(() => visibleText(live('license-list')).includes('License list'), 'English again');
  });

  it('switches the theme', () => {
    choose('theme', 'dark');
    expect(document.documentElement.dataset.theme).to.equal('dark');
    choose('theme', 'light');
  });

  it('changes an element attribute from its control, in the element and the snippet', async () => {
    const list = example('license-list');
    const owner = list.shadowRoot?.querySelector('input[name=owner]') as HTMLInputElement;
    owner.value = 'NOPE';
    owner.dispatchEvent(new Event('change'));
    expect(live('license-list').getAttribute('owner')).to.equal('NOPE');
    // The snippet follows the element (it is read from the element's attributes when they change).
    const snippet = () => list.shadowRoot?.querySelector('pre')?.textContent ?? '';
    await until(() => snippet().includes('owner="NOPE"'), 'the snippet');
    expect(new URL(location.href).searchParams.get('license-list.owner')).to.equal('NOPE');
    owner.value = '';
    owner.dispatchEvent(new Event('change'));
    expect(live('license-list').hasAttribute('owner')).to.equal(false);
    await until(() => !snippet().includes('owner='), 'the snippet without the owner');
    expect(new URL(location.href).searchParams.has('license-list.owner')).to.equal(false);
  });

  it('logs the events an element fires', async () => {
    const list = example('license-list');
    await until(() => !!live('license-list').shadowRoot?.querySelector('[part=license-name]'), 'list rendered');
    (live('license-list').shadowRoot?.querySelector('[part=license-name]') as HTMLButtonElement).click();
    await list.updateComplete;
    expect(list.shadowRoot?.querySelector('[role=log]')?.textContent).to.contain('license-select').and.contain('"ownerId":"SUPEROFFICE"');
  });

  it('edits the documented custom properties live', async () => {
    const editor = document.querySelector<DemoThemeEditor>('demo-theme-editor') as DemoThemeEditor;
    await editor.updateComplete;
    const input = editor.shadowRoot?.querySelector<HTMLInputElement>('input[name="--license-color-accent"]') as HTMLInputElement;
    input.value = 'rgb(255, 0, 0)';
    input.dispatchEvent(new Event('input'));
    const name = live('license-list').shadowRoot?.querySelector('[part=license-name]') as HTMLElement;
    expect(getComputedStyle(name).color).to.equal('rgb(255, 0, 0)');
    (editor.shadowRoot?.querySelector('button') as HTMLButtonElement).click();
    expect(getComputedStyle(name).color).not.to.equal('rgb(255, 0, 0)');
  });
});
