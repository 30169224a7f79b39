/**
 * The framework and editor files a host gets from `npm run build` (dist/hosts), as the host reaches them:
 * through package.json. The React and Vue `.d.ts` (which this server would serve compiled) are checked
 * by `npm run typecheck:hosts` instead: sample pages compiled against them, and their imports
 * (test/hosts/).
 */
import { expect } from '@open-wc/testing';

interface Package {
  name: string;
  version: string;
  exports: Record<string, string | { types: string; default: string }>;
  'web-types': string;
}
interface ManifestElement {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  events?: { name: string; type?: { text: string } }[];
  cssProperties?: { name: string }[];
}
interface VsCodeAttribute {
  name: string;
  description: { kind: string; value: string };
  values?: { name: string }[];
  valueSet?: string;
}
interface VsCodeData {
  tags: { name: string; description: { value: string }; attributes: VsCodeAttribute[] }[];
}
interface WebTypes {
  name: string;
  version: string;
  contributions: {
    html: {
      elements: {
        name: string;
        source: { module: string; symbol: string };
        attributes: { name: string }[];
        js: { events: { name: string; value: { type: string } }[] };
        css: { properties: { name: string }[] };
      }[];
    };
  };
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  expect(response.ok, `${url} (run npm run build)`).to.equal(true);
  return response.text();
}
const fetchJson = async <T>(url: string) => JSON.parse(await fetchText(url)) as T;
/** `./dist/hosts/react.d.ts` → `/dist/hosts/react.d.ts` on the test server. */
const url = (target: string) => target.replace(/^\./, '');

let pkg: Package;
let elements: ManifestElement[];

describe('host types in the package', () => {
  before(async () => {
    pkg = await fetchJson<Package>('/package.json');
    const manifest = await fetchJson<{ modules: { declarations?: ManifestElement[] }[] }>('/custom-elements.json');
    elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement && d.tagName);
  });

  it('are reachable through package.json exports and the web-types field', async () => {
    for (const host of ['react', 'vue']) {
      const target = pkg.exports[`./${host}`];
      expect(target, host).to.deep.equal({ types: `./dist/hosts/${host}.d.ts`, default: `./dist/hosts/${host}.js` });
      if (typeof target === 'string' || !target) continue;
      await fetchText(url(target.types));
      // A plain import of the subpath loads (and does nothing).
      expect(Object.keys(await import(/* @vite-ignore */ url(target.default)))).to.deep.equal([]);
    }
    for (const file of ['vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json']) {
      expect(pkg.exports[`./${file}`], file).to.equal(`./dist/hosts/${file}`);
      await fetchJson(`/dist/hosts/${file}`);
    }
    expect(pkg['web-types']).to.equal('./dist/hosts/web-types.json');
  });

  it('give VS Code every tag and attribute, with enum values for string-literal unions', async () => {
    const data = await fetchJson<VsCodeData>('/dist/hosts/vscode.html-custom-data.json');
    expect(data.tags.map((tag) => tag.name).sort()).to.deep.equal(elements.map((element) => element.tagName).sort());
    for (const element of elements) {
      const tag = data.tags.find((candidate) => candidate.name === element.tagName);
      expect(tag?.description.value, element.tagName).to.contain(`import 'license-widgets/${element.tagName}'`);
      expect(tag?.attributes.map((attribute) => attribute.name)).to.deep.equal(element.attributes?.map((a) => a.name));
      for (const attribute of tag?.attributes ?? []) expect(attribute.description.value, attribute.name).to.match(/\w.*Type: `/s);
      const credentials = tag?.attributes.find((attribute) => attribute.name === 'credentials');
      expect(credentials?.values?.map((value) => value.name)).to.deep.equal(['include', 'omit', 'same-origin']);
      expect(tag?.attributes.find((attribute) => attribute.name === 'source')?.values, 'source is any string').to.equal(undefined);
    }
    const table = data.tags.find((tag) => tag.name === 'system-events-table');
    expect(table?.attributes.find((attribute) => attribute.name === 'editable')?.valueSet).to.equal('v');
  });

  it('give JetBrains every element with its entry, typed events and custom properties', async () => {
    const webTypes = await fetchJson<WebTypes>('/dist/hosts/web-types.json');
    expect([webTypes.name, webTypes.version]).to.deep.equal([pkg.name, pkg.version]);
    for (const element of elements) {
      const entry = webTypes.contributions.html.elements.find((candidate) => candidate.name === element.tagName);
      expect(entry?.source.module, element.tagName).to.equal(`license-widgets/${element.tagName}`);
      expect(entry?.attributes.map((attribute) => attribute.name)).to.deep.equal(element.attributes?.map((a) => a.name));
      expect(entry?.js.events.map((event) => [event.name, event.value.type])).to.deep.equal(
        (element.events ?? []).map((event) => [event.name, event.type?.text]),
      );
      expect(entry?.css.properties.map((property) => property.name)).to.deep.equal(element.cssProperties?.map((p) => p.name));
    }
  });
});
