// @ts-check
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter } from '@web/test-runner';
import { koaDemoEndpoint } from './demo/endpoint/middleware.js';
import { countReporter } from './scripts/count-reporter.mjs';
import { koaServerRender } from './test/ssr/server-render.mjs';
import { koaCspPage } from './test/csp/csp-middleware.mjs';
import { koaScriptedAnswers } from './test/http/scripted-answers.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

/**
 * `npm run fuzz` (`--fuzz`): the property-based suite alone, nightly-sized (FUZZ_RUNS cases per property,
 * 50 000 unless told) from a random seed it prints. FUZZ_SEED (and FUZZ_RUNS) repeat a run, with or
 * without `--fuzz`. The settings reach the tests through the test page (test/fuzz/fuzz-settings.ts).
 */
const fuzz = process.argv.includes('--fuzz');
const fuzzSettings =
  fuzz || process.env.FUZZ_SEED || process.env.FUZZ_RUNS
    ? {
        runs: Number(process.env.FUZZ_RUNS) || (fuzz ? 50_000 : undefined),
        seed: Number(process.env.FUZZ_SEED) || (fuzz ? Math.floor(Math.random() * 2 ** 31) : undefined),
      }
    : undefined;
if (fuzzSettings) console.log(`fuzz: ${fuzzSettings.runs ?? 'default'} cases per property, seed ${fuzzSettings.seed ?? 'fixed'}`);

/**
 * A module worker is started from its built name (`new URL('./events-worker.js', import.meta.url)`); here
 * the TypeScript source answers, as the esbuild plugin does for imports.
 * @param {import('koa').Context} ctx @param {() => Promise<unknown>} next
 */
const workerSources = (ctx, next) => {
  if (/^\/src\/.*-worker\.js$/.test(ctx.path)) ctx.path = ctx.path.replace(/\.js$/, '.ts');
  return next();
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: fuzz ? ['test/fuzz/**/*.test.ts'] : ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: fuzz ? 4 * 3_600_000 : 240_000,
  testRunnerHtml: fuzzSettings
    ? (framework) =>
        `<!DOCTYPE html><html><head><script>globalThis.FUZZ_SETTINGS = ${JSON.stringify(fuzzSettings)};</script></head>` +
        `<body><script type="module" src="${framework}"></script></body></html>`
    : undefined,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    }),
  ],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    // Baselines live in test/screenshots/<browser>/baseline; `npm run test:update-screenshots` renews them.
    visualRegressionPlugin({
      baseDir: 'test/screenshots',
      update: process.argv.includes('--update-visual-baseline'),
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
  ],
  middleware: [koaDemoEndpoint(), koaServerRender(), koaCspPage(), koaScriptedAnswers(), workerSources],
  testFramework: { config: { timeout: 10_000 } },
  // NO_COVERAGE=1 for a quick run of a single file; `npm test` always measures coverage.
  coverage: !process.env.NO_COVERAGE && !fuzz,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/i18n/generated/**', 'node_modules/**'],
    threshold: { statements: 90, branches: 0, functions: 0, lines: 0 },
    reporters: ['text-summary', 'lcov'],
  },
  reporters: [defaultReporter(), countReporter()],
};
