/**
 * custom-elements.json as the tools that read it see it, after `npm run build` (which `npm test` runs
 * first): every event typed, every path a file the package ships, one definition per tag in its define
 * module, and per element exactly the custom properties its rendered styles use.
 */
import { expect } from '@open-wc/testing';
import '../src/index.js';

interface Named {
  name: string;
  description?: string;
  type?: { text: string };
}
interface Declaration extends Named {
  kind: string;
  customElement?: boolean;
  tagName?: string;
  events?: Named[];
  cssProperties?: Named[];
}
interface Export {
  kind: 'js' | 'custom-element-definition';
  name: string;
  declaration: { name: string; module?: string; package?: string };
}
interface Module {
  path: string;
  declarations?: Declaration[];
  exports?: Export[];
}
interface Manifest {
  modules: Module[];
}

const TAGS = ['license-detail', 'license-list', 'license-screen', 'status-panel', 'system-events-table'];

let manifest: Manifest;
let elements: Map<string, Declaration>;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  expect(response.ok, `${url} (run npm run build)`).to.equal(true);
  return (await response.json()) as T;
}

/** Every `path` and `module` anywhere in the manifest. */
function paths(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => paths(item, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') found.add(value);
      else paths(value, found);
    }
  }
  return found;
}

/** `a: b; c: d(e; f)` → [['a', 'b'], ['c', 'd(e; f)']], splitting only outside brackets. */
function declarations(cssText: string): [string, string][] {
  const result: [string, string][] = [];
  let depth = 0;
  let start = 0;
  const take = (end: number) => {
    const text = cssText.slice(start, end);
    const colon = text.indexOf(':');
    if (colon > 0) result.push([text.slice(0, colon).trim(), text.slice(colon + 1).trim()]);
    start = end + 1;
  };
  for (let i = 0; i < cssText.length; i++) {
    const char = cssText[i];
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === ';' && depth === 0) take(i);
  }
  take(cssText.length);
  return result;
}

/**
 * The public custom properties the stylesheets use: those that reach a real declaration through
 * `var()`, directly or through private `--_alias` properties. A property only copied into an alias
 * that no rule reads (the shared `:host` block defines every colour alias) changes nothing.
 */
function customPropertiesUsed(sheets: readonly CSSStyleSheet[]): string[] {
  const aliases = new Map<string, string[]>();
  const read: string[] = [];
  const references = (value: string) => [...value.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1] ?? '');
  const visit = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if ('style' in rule && rule.style instanceof CSSStyleDeclaration) {
        for (const [property, value] of declarations(rule.style.cssText)) {
          if (property.startsWith('--')) aliases.set(property, [...(aliases.get(property) ?? []), ...references(value)]);
          else read.push(...references(value));
        }
      }
      if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) visit(rule.cssRules);
    }
  };
  sheets.forEach((sheet) => visit(sheet.cssRules));
  const used = new Set<string>();
  while (read.length) {
    const property = read.pop() ?? '';
    if (used.has(property)) continue;
    used.add(property);
    read.push(...(aliases.get(property) ?? []));
  }
  return [...used].filter((property) => !property.startsWith('--_')).sort();
}

describe('custom-elements.json', () => {
  before(async () => {
    manifest = await fetchJson<Manifest>('/custom-elements.json');
    elements = new Map(
      manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.customElement && declaration.tagName)
        .map((declaration) => [declaration.tagName ?? '', declaration]),
    );
  });

  it('describes every tag', () => {
    expect([...elements.keys()].sort()).to.deep.equal(TAGS);
  });

  it('types every event as the event it is, a CustomEvent with its detail type', () => {
    const events = [...elements].flatMap(([tag, element]) => (element.events ?? []).map((event) => ({ tag, event })));
    expect(events.length).to.be.above(0);
    for (const { tag, event } of events) {
      expect(event.type?.text, `<${tag}> ${event.name}`).to.match(/^CustomEvent<[A-Z]\w*Detail>$/);
    }
  });

  it('lists on <license-screen> the events that bubble out of the elements it renders', () => {
    const screen = elements.get('license-screen');
    const typeOf = (tag: string, name: string) => elements.get(tag)?.events?.find((event) => event.name === name)?.type?.text;
    expect(screen?.events?.map((event) => event.name).sort()).to.deep.equal(['event-select', 'license-select', 'tab-change']);
    expect(typeOf('license-screen', 'license-select')).to.equal(typeOf('license-list', 'license-select'));
    expect(typeOf('license-screen', 'event-select')).to.equal(typeOf('system-events-table', 'event-select'));
    expect(typeOf('status-panel', 'event-select')).to.equal(typeOf('system-events-table', 'event-select'));
  });

  it('points every module path at a file in dist/ with its .d.ts beside it', async () => {
    const all = [...paths(manifest.modules)];
    expect(all.filter((path) => !/^dist\/.+\.js$/.test(path)), 'not a shipped module').to.deep.equal([]);
    const missing: string[] = [];
    await Promise.all(
      all.flatMap((path) =>
        [path, path.replace(/\.js$/, '.d.ts')].map(async (file) => {
          const response = await fetch(`/${file}`, { method: 'HEAD' });
          if (!response.ok) missing.push(file);
        }),
      ),
    );
    expect(missing.sort()).to.deep.equal([]);
  });

  it('defines each tag once, in the define module that is its package entry, with the class it documents', async () => {
    const pkg = await fetchJson<{ exports: Record<string, string | { default: string }> }>('/package.json');
    const definitions = manifest.modules.flatMap((module) =>
      (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => ({ module: module.path, entry })),
    );
    expect(definitions.map(({ entry }) => entry.name).sort()).to.deep.equal(TAGS);
    for (const { module, entry } of definitions) {
      const tag = entry.name;
      expect(module, tag).to.equal(`dist/elements/${tag}/define.js`);
      const target = pkg.exports[`./${tag}`];
      expect(typeof target === 'string' ? target : target?.default, `license-widgets/${tag}`).to.equal(`./${module}`);
      const declaring = manifest.modules.find((candidate) => candidate.path === entry.declaration.module);
      const declaration = declaring?.declarations?.find((candidate) => candidate.name === entry.declaration.name);
      expect(declaration?.tagName, `${tag} → ${entry.declaration.module}`).to.equal(tag);
      expect(customElements.get(tag)?.name, tag).to.equal(entry.declaration.name);
    }
  });

  for (const tag of TAGS) {
    it(`lists on <${tag}> exactly the custom properties its styles use`, async () => {
      const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
      document.body.append(element);
      try {
        await element.updateComplete;
        const sheets = element.shadowRoot?.adoptedStyleSheets ?? [];
        expect(sheets.length, 'adopted stylesheets').to.be.above(0);
        const listed = (elements.get(tag)?.cssProperties ?? []).map((property) => property.name).sort();
        expect(listed).to.deep.equal(customPropertiesUsed(sheets));
      } finally {
        element.remove();
      }
    });
  }

  it('lists only custom properties docs/theming.md documents, and each of them somewhere', async () => {
    const response = await fetch('/docs/theming.md');
    const table = (await response.text()).split('\n').filter((line) => line.startsWith('| `--'));
    const documented = new Set(table.flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`(--[\w-]+)`/g)].map((m) => m[1])));
    const listed = new Set([...elements.values()].flatMap((element) => (element.cssProperties ?? []).map((p) => p.name)));
    expect([...listed].sort()).to.deep.equal([...documented].sort());
  });
});
