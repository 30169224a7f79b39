/**
 * How many cases each property runs, and from which seed. `npm test` runs a fixed number from a fixed
 * seed, so a failure reproduces; `npm run fuzz` (web-test-runner.config.mjs, `--fuzz`) passes a larger
 * number and a random seed through the test page, and prints the seed.
 */
import type { Parameters } from 'fast-check';

interface FuzzPageSettings {
  runs?: number;
  seed?: number;
}

const fromPage = (globalThis as { FUZZ_SETTINGS?: FuzzPageSettings }).FUZZ_SETTINGS ?? {};

/** Cases per property in `npm test` (each resource has two: valid and mutated documents). */
export const DEFAULT_RUNS = 1000;
export const DEFAULT_SEED = 20261123;

export const fuzzRuns = fromPage.runs ?? DEFAULT_RUNS;
export const fuzzSeed = fromPage.seed ?? DEFAULT_SEED;

/** Every n-th case is also rendered in its element; renders are far slower than parses. */
export const RENDER_EVERY = 100;

/** Settings for `fc.assert`; a failure message carries the seed and path that reproduce it. */
export const fuzzParameters = <T>(runs = fuzzRuns): Parameters<T> => ({ numRuns: runs, seed: fuzzSeed, includeErrorInReport: true });

/** Mocha's time limit for a property: generous, scaled by the number of cases. */
export const fuzzTimeout = (runs = fuzzRuns) => Math.max(180_000, runs * 60);
