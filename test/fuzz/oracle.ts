/**
 * The oracle: `schema/contract.schema.json`, with its `date` / `date-time` formats checked, through an
 * independent JSON Schema validator. The published schema and the elements' own validation must agree.
 */
import { Validator, type Schema } from '@cfworker/json-schema';

export type ResourceName =
  | 'LicensesResponse'
  | 'LicenseDetail'
  | 'ActivationResult'
  | 'Status'
  | 'Consumption'
  | 'EventsResponse'
  | 'SystemEvent'
  | 'NewSystemEvent';

let document: Schema | undefined;
const validators = new Map<ResourceName, Validator>();

/** Loads the committed schema once (before the properties run: they are synchronous). */
export async function loadContractSchema(): Promise<Schema> {
  document ??= (await (await fetch(new URL('../../schema/contract.schema.json', import.meta.url))).json()) as Schema;
  return document;
}

function validator(name: ResourceName): Validator {
  if (!document) throw new Error('call loadContractSchema() first');
  let found = validators.get(name);
  if (!found) {
    found = new Validator({ ...document, $ref: `#/$defs/${name}` }, '7');
    validators.set(name, found);
  }
  return found;
}

/**
 * The parsed value with each non-finite number (a literal like `1e400`) replaced by a value no field of
 * the contract accepts: an object without the fields any of its objects require.
 */
const finiteOnly = (value: unknown): unknown =>
  typeof value === 'number'
    ? Number.isFinite(value)
      ? value
      : { notAFiniteNumber: String(value) }
    : Array.isArray(value)
      ? value.map(finiteOnly)
      : typeof value === 'object' && value !== null
        ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, finiteOnly(item)]))
        : value;

/**
 * Whether `json` (as `JSON.parse` returned it) is a valid `name`. JSON Schema speaks of JSON numbers, and
 * a literal beyond the range of a double has no number value: where the schema wants a number, a
 * non-finite one does not count as one (in a field the schema does not know, it is ignored like any value).
 */
export function oracleAccepts(name: ResourceName, json: unknown): boolean {
  return validator(name).validate(finiteOnly(json)).valid;
}

/** The schema node of a resource, for `expectedOutput`. */
export const resourceSchema = (name: ResourceName) => (document?.$defs as Record<string, Schema>)[name]!;
export const contractDocument = () => document!;
