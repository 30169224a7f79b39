import { defineConfig, type Plugin } from 'vite';
import { connectDemoEndpoint } from './demo/endpoint/middleware.js';
import { hasTranslatorNotes, stripTranslatorNotes } from './scripts/strip-translator-notes.mjs';
import { hasCssLiterals, minifyCssLiterals } from './scripts/minify-css-literals.mjs';

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
// one-file bundle with Lit inside.
/**
 * `npm start` opens the demo in a browser where there is a desktop to open it on; on a server or in a
 * container (no display) it only prints the address, instead of an `xdg-open` error.
 */
const hasDesktop = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

export default defineConfig(({ mode }) => ({
  plugins: [demoEndpoint(), translatorNotes(), cssLiterals()],
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
          rolldownOptions: { output: { codeSplitting: false, minify: true } },
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
