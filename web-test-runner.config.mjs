// @ts-check
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter } from '@web/test-runner';
import { koaDemoEndpoint } from './demo/endpoint/middleware.js';
import { countReporter } from './scripts/count-reporter.mjs';
import { koaServerRender } from './test/ssr/server-render.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 240_000,
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
  middleware: [koaDemoEndpoint(), koaServerRender()],
  testFramework: { config: { timeout: 10_000 } },
  // NO_COVERAGE=1 for a quick run of a single file; `npm test` always measures coverage.
  coverage: !process.env.NO_COVERAGE,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/i18n/generated/**', 'node_modules/**'],
    threshold: { statements: 90, branches: 0, functions: 0, lines: 0 },
    reporters: ['text-summary', 'lcov'],
  },
  reporters: [defaultReporter(), countReporter()],
};
