/**
 * How `cem analyze` describes the package: the manifest speaks of the files that ship (`dist/**.js`, each
 * with its `.d.ts` beside it), names each tag where `defineElement()` registers it, and leaves out what
 * the analyzer misreads. Every change is a plugin hook over the analyzer's own model of the code, so a new
 * element or module needs no edit here.
 */

/** `src/a/b.ts`, `/src/a/b.js` (an import resolved by the analyzer) → `dist/a/b.js`; anything else as is. */
export function shippedPath(path) {
  const match = /^\/?src\/(.+)\.(?:ts|js)$/.exec(path);
  return match ? `dist/${match[1]}.js` : path;
}

/**
 * Rewrites every `path` and `module` under a module of the manifest (declarations, inheritance, exports).
 * A re-export (`export { X } from './x.js'`) keeps its specifier in the analyzer's output: it is taken
 * relative to the module it is in.
 */
function rewritePaths(node, modulePath) {
  if (Array.isArray(node)) node.forEach((item) => rewritePaths(item, modulePath));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') {
        const path = value.startsWith('.') ? new URL(value, `file:///${modulePath}`).pathname : value;
        node[key] = shippedPath(path);
      } else rewritePaths(value, modulePath);
    }
  }
}

/**
 * `defineElement('license-list', LicenseList)` registers the tags (it never throws on a taken tag), so
 * the analyzer, which knows only `customElements.define()`, would find no definition for them. And inside
 * `defineElement` itself it reads `customElements.define(tagName, element)` as a tag named "tagName".
 */
function defineElementCalls() {
  const notTags = new Map();
  return {
    name: 'license-widgets: defineElement() calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node)) return;
      const [tag, element] = node.arguments;
      const callee = node.expression.getText();
      if (/^(window\.)?customElements\.define$/.test(callee) && tag && !ts.isStringLiteralLike(tag)) {
        notTags.set(moduleDoc.path, [...(notTags.get(moduleDoc.path) ?? []), tag.getText()]);
      }
      if (callee !== 'defineElement' || !tag || !ts.isStringLiteralLike(tag) || !element || !ts.isIdentifier(element)) return;
      const imported = context.imports?.find((entry) => entry.name === element.text);
      const module = imported && !imported.isBareModuleSpecifier
        ? new URL(imported.importPath, `file:///${moduleDoc.path}`).pathname
        : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text, module } },
      ];
    },
    moduleLinkPhase({ moduleDoc }) {
      const names = notTags.get(moduleDoc.path);
      if (!names) return;
      moduleDoc.exports = moduleDoc.exports?.filter(
        (entry) => entry.kind !== 'custom-element-definition' || !names.includes(entry.name),
      );
    },
  };
}

/**
 * `import { LicenseList } from './license-list.js'; export { LicenseList };` is a re-export, but the
 * analyzer places the declaration in the re-exporting module, where there is none.
 */
function importedExports() {
  return {
    name: 'license-widgets: exports of imports',
    moduleLinkPhase({ moduleDoc, context }) {
      const declared = new Set(moduleDoc.declarations?.map((declaration) => declaration.name));
      for (const entry of moduleDoc.exports ?? []) {
        const { declaration } = entry;
        if (entry.kind !== 'js' || declaration?.module !== moduleDoc.path || declared.has(declaration.name)) continue;
        const imported = context.imports?.find((item) => item.name === declaration.name);
        if (!imported) continue;
        if (imported.isBareModuleSpecifier) {
          delete declaration.module;
          declaration.package = imported.importPath;
        } else declaration.module = new URL(imported.importPath, `file:///${moduleDoc.path}`).pathname;
      }
    },
  };
}

/** After the analyzer's own linking (tag names, inheritance), which still needs the source paths. */
function shippedPaths() {
  return {
    name: 'license-widgets: shipped paths',
    packageLinkPhase({ customElementsManifest }) {
      // A module of types only has nothing in the manifest, and no `.js` in dist to point at; neither
      // has an `export * from` it.
      const modules = customElementsManifest.modules.filter(
        (module) => module.declarations?.length || module.exports?.length,
      );
      const kept = new Set(modules.map((module) => shippedPath(module.path)));
      for (const module of modules) {
        module.exports = module.exports?.filter((entry) => {
          const target = entry.declaration?.module;
          return !target || kept.has(shippedPath(new URL(target, `file:///${module.path}`).pathname));
        });
      }
      customElementsManifest.modules = modules;
      for (const module of customElementsManifest.modules) rewritePaths(module, module.path);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // The drop-in build (src/bundle.ts, and what only it imports) ships no modules of its own; its manifest
  // is the npm build's.
  exclude: ['src/i18n/generated/**', 'src/bundle.ts', 'src/elements/status-panel/read-before-defined.ts'],
  litelement: true,
  quiet: true,
  plugins: [defineElementCalls(), importedExports(), shippedPaths()],
};
