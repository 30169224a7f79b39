/**
 * The properties every resource must hold, whatever the endpoint sends:
 * - a document the oracle calls valid is accepted, with no row left out, and reads as the document
 *   (unknown keys dropped, defaults filled in);
 * - any other document ends in a `DataError` of kind `contract` or `malformed`, or is accepted with the
 *   broken rows named in `rejected…`; what is accepted holds only finite numbers;
 * - nothing else is ever thrown;
 * - every n-th valid document is also rendered, and its rows' names are on screen.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DataError } from '../../src/data/errors.js';
import { mutatedCase, validCase, type Case } from './arbitraries.js';
import { expectedOutput } from './expected.js';
import { fuzzParameters, fuzzRuns, RENDER_EVERY } from './fuzz-settings.js';
import { oracleAccepts, resourceSchema, type ResourceName } from './oracle.js';

/** Reads one answer through the data layer's real path (fetch stubbed to answer `text`). */
export type Reader = (text: string) => Promise<unknown>;
/** Shows a valid document in its element and checks what is on screen. */
export type Renderer = (text: string, document: unknown) => Promise<void>;

export const jsonAnswer = (text: string) => () =>
  Promise.resolve(new Response(text, { status: 200, headers: { 'Content-Type': 'application/json' } }));

/** Every `rejected…` list anywhere in the output, flattened. */
function rejectedRows(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(rejectedRows);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key.startsWith('rejected') && Array.isArray(item) ? [...item, ...rejectedRows(item)] : rejectedRows(item),
  );
}

function expectFiniteNumbers(value: unknown, path = '(root)'): void {
  if (typeof value === 'number') expect(Number.isFinite(value), `${path} is ${value}`).to.equal(true);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) expectFiniteNumbers(item, `${path}.${key}`);
  }
}

export interface Tally {
  cases: number;
  valid: number;
  invalid: number;
  accepted: number;
  flagged: number;
  errors: number;
  rendered: number;
}

/** Structural equality of JSON-like values, key order aside (`Object.is` for numbers: -0 is not 0). */
function sameJson(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && sameJson((a as never)[key], (b as never)[key]));
}

const REPEATED_ID = /^repeats the id of entry \d+$/;

const newTally = (): Tally => ({ cases: 0, valid: 0, invalid: 0, accepted: 0, flagged: 0, errors: 0, rendered: 0 });

async function check(name: ResourceName, read: Reader, render: Renderer | undefined, tally: Tally, testCase: Case) {
  tally.cases += 1;
  const json = JSON.parse(testCase.text) as unknown;
  const valid = oracleAccepts(name, json);
  let output: unknown;
  try {
    output = await read(testCase.text);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    expect(valid, `a valid ${name} was refused: ${error.message}`).to.equal(false);
    expect(error.kind).to.be.oneOf(['contract', 'malformed']);
    tally.invalid += 1;
    tally.errors += 1;
    return;
  }
  expectFiniteNumbers(output);
  const rejected = rejectedRows(output);
  // Ids unique within a list is a rule JSON Schema cannot state: a mutation that repeats one is valid for
  // the oracle, and the data layer names the repeat. Generated valid documents never repeat an id.
  const repeats = rejected.filter((row) => REPEATED_ID.test((row as { problem: string }).problem));
  if (valid && repeats.length > 0 && testCase.mutation) {
    expect(repeats, 'only repeated ids are named').to.deep.equal(rejected);
    tally.valid += 1;
  } else if (valid) {
    tally.valid += 1;
    expect(rejected, `no row of a valid document is left out: ${JSON.stringify(rejected).slice(0, 500)}`).to.deep.equal([]);
    const expected = expectedOutput(resourceSchema(name), json);
    // chai's deep equality is slow on large documents: it only runs to explain a difference.
    if (!sameJson(output, expected)) expect(output).to.deep.equal(expected);
    if (render && tally.valid % RENDER_EVERY === 1) {
      await render(testCase.text, json);
      tally.rendered += 1;
    }
  } else {
    tally.invalid += 1;
    expect(rejected.length, `an invalid ${name} was accepted without naming a row`).to.be.greaterThan(0);
    tally.flagged += 1;
  }
  tally.accepted += 1;
}

/**
 * Runs the valid and the mutated property of one resource, `runs` cases each, and returns the counts
 * (logged, so a run says how many cases it tried).
 */
export async function fuzzResource(name: ResourceName, read: Reader, render?: Renderer, runs = fuzzRuns) {
  const started = performance.now();
  const valid = newTally();
  await fc.assert(fc.asyncProperty(validCase(name), (c) => check(name, read, render, valid, c)), fuzzParameters(runs));
  expect(valid.valid, 'every generated valid document is valid for the oracle').to.equal(valid.cases);
  const mutated = newTally();
  await fc.assert(fc.asyncProperty(mutatedCase(name), (c) => check(name, read, undefined, mutated, c)), fuzzParameters(runs));
  console.log(`fuzz ${name}: ${valid.cases} valid (${valid.rendered} rendered), ${mutated.cases} mutated ` +
    `(${mutated.invalid} invalid: ${mutated.errors} errors, ${mutated.flagged} with rows named; ${mutated.valid} still valid) in ${Math.round(performance.now() - started)} ms`);
  return { valid, mutated };
}
