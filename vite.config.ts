import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { connectDemoEndpoint } from './demo/endpoint/middleware.js';
import { hasTranslatorNotes, stripTranslatorNotes } from './scripts/strip-translator-notes.mjs';
import { hasCssLiterals, minifyCssLiterals } from './scripts/minify-css-literals.mjs';
import { preloadChunkDepsPlugin } from './scripts/preload-chunk-deps.mjs';

/** Serves the built-in demo endpoint under /demo-api/<scenario>/ while the demo runs. */
const demoEndpoint = (): Plugin => ({
  name: 'license-demo-endpoint',
  configureServer(server) {
    server.middlewares.use(connectDemoEndpoint());
  },
  configurePreviewServer(server) {
    server.middlewares.use(connectDemoEndpoint());
  },
});

/** Leaves the translator's notes out of what the builds ship (see scripts/strip-translator-notes.mjs). */
const translatorNotes = (): Plugin => ({
  name: 'license-strip-translator-notes',
  enforce: 'pre',
  transform(code, id) {
    if (!hasTranslatorNotes(id) || !code.includes('desc:')) return undefined;
    return { code: stripTranslatorNotes(code), map: null };
  },
});

/** Ships the styles without their comments and indentation (see scripts/minify-css-literals.mjs). */
const cssLiterals = (): Plugin => ({
  name: 'license-minify-css-literals',
  enforce: 'pre',
  apply: 'build',
  transform(code, id) {
    if (!hasCssLiterals(id) || !code.includes('css`')) return undefined;
    return { code: minifyCssLiterals(code), map: null };
  },
});

const DROP_IN_ENTRY = fileURLToPath(new URL('src/bundle.ts', import.meta.url));
let entryGraph: Set<string> | undefined;
/** Whether a module is imported statically, directly or not, by the drop-in entry. */
function inEntryGraph(id: string, ctx: { getModuleInfo(id: string): { importedIds: readonly string[] } | null }): boolean {
  if (!entryGraph) {
    entryGraph = new Set();
    const queue = [DROP_IN_ENTRY];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      if (entryGraph.has(next)) continue;
      entryGraph.add(next);
      queue.push(...(ctx.getModuleInfo(next)?.importedIds ?? []));
    }
  }
  return entryGraph.has(id);
}

/** Modules the tags' chunks (`<status-panel>`, `<system-events-table>`, `<license-detail>`) share. */
const SHARED_BY_TAGS = /^\0rolldown[\\/]runtime\.js$|[\\/]src[\\/]internal[\\/]avatar\.ts$/;

/** The package's entry points (`exports` in package.json): each output file keeps its source's path. */
const ELEMENTS = ['license-list', 'license-detail', 'license-screen', 'status-panel', 'system-events-table'];
const npmEntries: Record<string, string> = {
  index: 'src/index.ts',
  classes: 'src/classes.ts',
  'data/index': 'src/data/index.ts',
  'data/vendor/index': 'src/data/vendor/index.ts',
  ...Object.fromEntries(ELEMENTS.map((tag) => [`elements/${tag}/define`, `src/elements/${tag}/define.ts`])),
};

// `vite build` makes the npm build (one ESM file per module, lit external); `--mode bundle` the drop-in
// build with Lit inside: one entry file for the script tag, and the parts loaded on demand beside it.
/**
 * `npm start` opens the demo in a browser where there is a desktop to open it on; on a server or in a
 * container (no display) it only prints the address, instead of an `xdg-open` error.
 */
const hasDesktop = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

export default defineConfig(({ mode }) => ({
  // The drop-in's `import()`s bring the chunks their target needs along (scripts/preload-chunk-deps.mjs);
  // in the npm build, the host's bundler does that.
  plugins: [demoEndpoint(), translatorNotes(), cssLiterals(), ...(mode === 'bundle' ? [preloadChunkDepsPlugin()] : [])],
  server: { open: hasDesktop },
  // The dev server serves the demo; without this it scans every HTML file in the tree for dependencies,
  // test/hosts/ too, whose pages import the packed package and cannot be resolved here.
  optimizeDeps: { entries: ['index.html'] },
  // The events worker (src/data/events-worker.ts) is built as one ES module file with everything it needs;
  // `base: './'` makes the address the library starts it from relative to the module that starts it, so it
  // is found wherever the package or the drop-in file is served from.
  base: './',
  worker: { format: 'es', rolldownOptions: { output: { entryFileNames: mode === 'bundle' ? '[name].js' : 'data/[name].js' } } },
  build:
    mode === 'bundle'
      ? {
          outDir: 'dist/bundle',
          emptyOutDir: false,
          // Library mode leaves ES output unminified by default; the drop-in file is for production pages.
          minify: true,
          lib: { entry: 'src/bundle.ts', formats: ['es'], fileName: () => 'license-widgets.js' },
          // Chunks sit next to the entry and are imported by relative paths, which a browser resolves from
          // the entry's own URL: the host still writes one script tag, from any folder or CDN path.
          rolldownOptions: {
            // Lets the entry file be the chunk that holds its static imports, rather than a re-export of it.
            preserveEntrySignatures: 'allow-extension',
            output: {
              minify: true,
              // An element's chunk by its tag (`chunks/status-panel-….js`), the others by their module.
              chunkFileNames: (chunk) => `chunks/${/elements\/([^/]+)\/define\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1] ?? '[name]'}-[hash].js`,
              // What the entry imports statically stays in the entry file, so the owner tab costs one file
              // (plus the page's locale) rather than a cascade of small shared ones.
              // So are the small modules the tags' own chunks share (the portrait, the bundler's helper for
              // module objects): as chunks of their own, they would be two more requests on the Status tab,
              // where a browser's six connections to one host are already taken by the data and the tags.
              codeSplitting: {
                groups: [{ debugName: 'drop-in entry', name: (id, ctx) => (inEntryGraph(id, ctx) || SHARED_BY_TAGS.test(id) ? 'license-widgets' : null) }],
              },
            },
          },
        }
      : {
          outDir: 'dist',
          emptyOutDir: true,
          lib: { entry: npmEntries, formats: ['es'] },
          rolldownOptions: {
            external: [/^lit/, /^@lit\//, /^valibot/],
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          },
        },
}));
