// @ts-check
/**
 * Writes what hosts use to type and complete the tags, from custom-elements.json and the built `.d.ts`:
 * dist/hosts/react.d.ts (React 19 JSX), vue.d.ts (Vue 3 templates), vscode.html-custom-data.json,
 * vscode.css-custom-data.json and web-types.json (JetBrains). Run by `npm run build`, after `tsc`.
 *
 * Written here rather than with the cem-tools integrations (custom-element-jsx-integration,
 * custom-element-vuejs-integration, …), which were tried on this manifest and are wrong for two of the
 * four hosts: their JSX types are for non-React JSX (their own base props with `ref?: unknown`, not
 * React's `HTMLAttributes`/`Ref`, and no `declare module 'react'`); their Vue types name handlers
 * `'onlicense-select'`, which vue-tsc does not match to `@license-select` (the handler's event is an
 * implicit `any`), and also widen the global `JSX.IntrinsicElements`, which clashes with React's in an
 * app that has both; and both import a detail type once per element that fires it (two elements fire
 * `license-select`), a duplicate identifier. One model read once serves all four outputs here.
 *
 * Types come from the package's public entry, never from its internal files: props are indexed types of
 * the element classes (`LicenseList['owner']`), event details are the names the manifest gives
 * (`@fires {LicenseSelectDetail} license-select`), and both must be exported by `license-widgets`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';

const OUT = 'dist/hosts';
const ENTRY = 'dist/index.d.ts';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
/** @type {import('custom-elements-manifest/schema').Package} */
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

// ---- The public entry as a host's compiler sees it --------------------------------------------------
const program = ts.createProgram([ENTRY], {
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  types: [],
  noEmit: true,
});
const checker = program.getTypeChecker();
const entryFile = program.getSourceFile(ENTRY);
const entrySymbol = entryFile && checker.getSymbolAtLocation(entryFile);
if (!entrySymbol) throw new Error(`${ENTRY} not found: run tsc -p tsconfig.build.json first`);
const publicExports = new Map(checker.getExportsOfModule(entrySymbol).map((symbol) => [symbol.name, symbol]));

/** The string literals of a property typed as a union of them (`RequestCredentials`), else none. */
function stringChoices(className, property) {
  const exported = publicExports.get(className);
  const classSymbol = exported && (exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported);
  const member = classSymbol && checker.getDeclaredTypeOfSymbol(classSymbol).getProperty(property);
  if (!member) return [];
  const type = checker.getTypeOfSymbol(member);
  const parts = (type.isUnion() ? type.types : [type]).filter(
    (part) => !(part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)),
  );
  const literals = parts.filter((part) => part.isStringLiteral());
  return parts.length > 1 && literals.length === parts.length ? literals.map((part) => String(part.value)) : [];
}

// ---- The elements, from the manifest ----------------------------------------------------------------
/** `dist/elements/license-list/define.js` → `license-widgets/license-list`, from package.json `exports`. */
function entryFor(path) {
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : target.default;
    if (file === `./${path}`) return subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
  }
  throw new Error(`${path} defines a tag but is not an entry in package.json exports`);
}

const definitions = new Map(
  manifest.modules.flatMap((module) =>
    (module.exports ?? []).flatMap((entry) => (entry.kind === 'custom-element-definition' ? [[entry.name, module.path]] : [])),
  ),
);

const typeNames = new Set();
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.kind === 'class' && declaration.customElement && declaration.tagName)
  .map((declaration) => {
    const tag = declaration.tagName ?? '';
    const className = declaration.name;
    const definedIn = definitions.get(tag);
    if (!definedIn) throw new Error(`<${tag}> has no custom-element-definition in the manifest`);
    if (!publicExports.has(className)) throw new Error(`${className} is not exported by ${pkg.name}`);
    typeNames.add(className);
    const fields = (declaration.members ?? []).filter(
      (member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public',
    );
    const attributes = (declaration.attributes ?? []).map((attribute) => {
      const field = fields.find((candidate) => candidate.name === attribute.fieldName);
      return {
        name: attribute.name,
        fieldName: attribute.fieldName,
        description: attribute.description ?? field?.description ?? '',
        type: attribute.type?.text ?? field?.type?.text ?? 'string',
        default: attribute.default,
        choices: attribute.fieldName ? stringChoices(className, attribute.fieldName) : [],
      };
    });
    const events = (declaration.events ?? []).map((event) => {
      // The manifest gives the event's own type, as its schema says: `CustomEvent<Detail>`.
      const detail = /^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1];
      if (!event.name || !detail) throw new Error(`<${tag}>: every event needs its type: @fires {CustomEvent<Detail>} name`);
      for (const name of detail.match(/[A-Za-z_$][\w$]*/g) ?? []) {
        if (publicExports.has(name)) typeNames.add(name);
        else if (/^[A-Z]/.test(name) && !['Record', 'Array', 'ReadonlyArray', 'Partial'].includes(name)) {
          throw new Error(`<${tag}> ${event.name}: ${name} is not exported by ${pkg.name}`);
        }
      }
      return { name: event.name, detail, description: event.description ?? '' };
    });
    return {
      tag,
      className,
      entry: entryFor(definedIn),
      summary: declaration.summary ?? '',
      description: declaration.description ?? '',
      properties: fields.map((field) => ({ name: field.name, description: field.description ?? '', type: field.type?.text ?? 'unknown' })),
      attributes,
      events,
      slots: declaration.slots ?? [],
      cssParts: declaration.cssParts ?? [],
      cssProperties: declaration.cssProperties ?? [],
    };
  })
  .sort((a, b) => a.tag.localeCompare(b.tag));
if (elements.length === 0) throw new Error('custom-elements.json describes no tags');

// ---- Shared text ------------------------------------------------------------------------------------
const pascal = (tag) => tag.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase());
/** Vue's name for the handler prop of an event: `license-select` → `onLicenseSelect`. */
const vueHandler = (event) => `on${pascal(event)}`;
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const oneLine = (text) => text.replace(/\s+/g, ' ').trim();
const jsdoc = (text, indent) => (text ? `${indent}/** ${oneLine(text).replaceAll('*/', '*\\/')} */\n` : '');
const importLine = `import type { ${[...typeNames].sort().join(', ')} } from '${pkg.name}';`;
const banner = (what, use) =>
  `// ${what} for ${pkg.name} ${pkg.version}, generated from custom-elements.json by scripts/write-host-types.mjs.\n` +
  `// ${use}\n`;

/** The element's documentation for hovers: what it is, how to load it, its events, slots and theming. */
function elementDocs(element) {
  const list = (title, items) =>
    items.length ? `\n\n**${title}:** ${items.map((item) => `\`${item.name}\``).join(', ')}` : '';
  return (
    `${element.summary}${element.description ? `\n\n${element.description}` : ''}` +
    `\n\nDefined by \`import '${element.entry}';\`` +
    list('Events', element.events) +
    list('Slots', element.slots.map((slot) => ({ name: slot.name || '(default)' }))) +
    list('CSS parts', element.cssParts) +
    list('CSS custom properties', element.cssProperties)
  );
}

// ---- React 19 ---------------------------------------------------------------------------------------
function reactTypes() {
  const props = elements.map((element) => {
    const lines = element.properties.map(
      (property) => `${jsdoc(property.description, '  ')}  ${key(property.name)}?: ${element.className}['${property.name}'];\n`,
    );
    // React 19 sets a prop as a property when the element has one of that name, else as an attribute.
    for (const attribute of element.attributes) {
      if (attribute.fieldName && attribute.name !== attribute.fieldName) {
        lines.push(
          `${jsdoc(attribute.description, '  ')}  ${key(attribute.name)}?: ${element.className}['${attribute.fieldName}'] | string;\n`,
        );
      }
    }
    for (const event of element.events) {
      lines.push(`${jsdoc(event.description, '  ')}  ${key(`on${event.name}`)}?: (event: CustomEvent<${event.detail}>) => void;\n`);
    }
    return `/** The props of \`<${element.tag}>\` besides the standard HTML ones. */\nexport interface ${element.className}Props {\n${lines.join('')}}\n`;
  });
  const intrinsic = elements.map(
    (element) => `${jsdoc(element.summary, '      ')}      '${element.tag}': ElementProps<${element.className}, ${element.className}Props>;\n`,
  );
  return (
    banner('React 19 JSX types', `Use: import type {} from '${pkg.name}/react';`) +
    `import type { DetailedHTMLProps, HTMLAttributes } from 'react';\n${importLine}\n\n` +
    '/**\n * What React 19 passes to the element: its own props (set as properties), every standard HTML\n' +
    " * attribute and `ref`, `key`, `children`. Handlers are `on` + the exact event name: React 19 listens\n" +
    " * for `license-select` on a prop named `onlicense-select`.\n */\n" +
    'type ElementProps<Element extends HTMLElement, Own> = Own &\n' +
    '  Omit<DetailedHTMLProps<HTMLAttributes<Element>, Element>, keyof Own>;\n\n' +
    props.join('\n') +
    "\ndeclare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n" +
    intrinsic.join('') +
    '    }\n  }\n}\n'
  );
}

// ---- Vue 3 ------------------------------------------------------------------------------------------
function vueTypes() {
  const props = elements.map((element) => {
    const lines = element.properties.map(
      (property) => `${jsdoc(property.description, '  ')}  ${key(property.name)}?: ${element.className}['${property.name}'];\n`,
    );
    for (const event of element.events) {
      lines.push(`${jsdoc(event.description, '  ')}  ${vueHandler(event.name)}?: (event: CustomEvent<${event.detail}>) => void;\n`);
    }
    return `/** The props of \`<${element.tag}>\` in a template; \`@event-name\` is typed by its \`onEventName\` prop. */\nexport interface ${element.className}Props {\n${lines.join('')}}\n`;
  });
  const components = elements.map(
    (element) => `${jsdoc(element.summary, '    ')}    '${element.tag}': DefineComponent<${element.className}Props>;\n`,
  );
  return (
    banner('Vue 3 template types', `Use: import type {} from '${pkg.name}/vue'; (and isCustomElement in the Vue compiler options)`) +
    `import type { DefineComponent } from 'vue';\n${importLine}\n\n` +
    props.join('\n') +
    "\ndeclare module 'vue' {\n  interface GlobalComponents {\n" +
    components.join('') +
    '  }\n}\n'
  );
}

// ---- VS Code ----------------------------------------------------------------------------------------
const markdown = (value) => ({ kind: 'markdown', value });

function vscodeHtml() {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tag,
      description: markdown(elementDocs(element)),
      attributes: element.attributes.map((attribute) => ({
        name: attribute.name,
        description: markdown(
          `${attribute.description}\n\nType: \`${attribute.type}\`${attribute.default ? `; default \`${attribute.default}\`` : ''}`,
        ),
        ...(attribute.type === 'boolean' ? { valueSet: 'v' } : {}),
        ...(attribute.choices.length ? { values: attribute.choices.map((name) => ({ name })) } : {}),
      })),
    })),
  };
}

function vscodeCss() {
  /** Property → its description → the tags that describe it so. */
  const properties = new Map();
  for (const element of elements) {
    for (const property of element.cssProperties) {
      const uses = properties.get(property.name) ?? new Map();
      const description = property.description ?? '';
      uses.set(description, [...(uses.get(description) ?? []), `\`<${element.tag}>\``]);
      properties.set(property.name, uses);
    }
  }
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    properties: [...properties].map(([name, uses]) => ({
      name,
      description: markdown([...uses].map(([description, tags]) => `${tags.join(', ')}: ${description}`).join('\n\n')),
    })),
  };
}

// ---- JetBrains --------------------------------------------------------------------------------------
function webTypes() {
  const attributeType = (attribute) =>
    attribute.choices.length ? attribute.choices.map((choice) => `'${choice}'`).join(' | ') : attribute.type;
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tag,
          description: elementDocs(element),
          source: { module: element.entry, symbol: element.className },
          attributes: element.attributes.map((attribute) => ({
            name: attribute.name,
            description: attribute.description,
            ...(attribute.default ? { default: attribute.default } : {}),
            value: attribute.type === 'boolean' ? { kind: 'no-value', type: 'boolean' } : { type: attributeType(attribute) },
          })),
          slots: element.slots.map((slot) => ({ name: slot.name, description: slot.description ?? '' })),
          events: element.events.map((event) => ({ name: event.name, description: event.description })),
          js: {
            properties: element.properties.map((property) => ({
              name: property.name,
              description: property.description,
              value: { type: property.type },
            })),
            events: element.events.map((event) => ({
              name: event.name,
              description: event.description,
              value: { type: `CustomEvent<${event.detail}>` },
            })),
          },
          css: {
            properties: element.cssProperties.map((property) => ({ name: property.name, description: property.description ?? '' })),
            parts: element.cssParts.map((part) => ({ name: part.name, description: part.description ?? '' })),
          },
        })),
      },
    },
  };
}

// ---- Write ------------------------------------------------------------------------------------------
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
// A module beside each `.d.ts`, so a plain `import 'license-widgets/react'` resolves at run time too.
const empty = '// Types only: see the .d.ts beside this file.\nexport {};\n';
mkdirSync(OUT, { recursive: true });
writeFileSync(`${OUT}/react.d.ts`, reactTypes());
writeFileSync(`${OUT}/react.js`, empty);
writeFileSync(`${OUT}/vue.d.ts`, vueTypes());
writeFileSync(`${OUT}/vue.js`, empty);
writeFileSync(`${OUT}/vscode.html-custom-data.json`, json(vscodeHtml()));
writeFileSync(`${OUT}/vscode.css-custom-data.json`, json(vscodeCss()));
writeFileSync(`${OUT}/web-types.json`, json(webTypes()));
