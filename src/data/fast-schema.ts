/**
 * A quick reader made from a valibot schema, for lists of many rows (tens of thousands of events). It
 * walks the schema once and builds plain checks per field, without valibot's per-node datasets and issue
 * objects, so a valid row costs little more than reading its fields. It only ever answers "valid, here is
 * the output" or "not sure": every row it does not accept goes to valibot itself, which decides and
 * describes what is wrong. The schema stays the one source of truth; this mirrors the parts of it the
 * contract's row schemas use, and refuses to build (returns undefined) for any part it does not know.
 */
import type * as v from 'valibot';

/** What a quick reader answers for a row it cannot vouch for. */
export const UNSURE: unique symbol = Symbol('unsure');

export type QuickReader<T> = (input: unknown) => T | typeof UNSURE;

type Check = (input: unknown) => unknown;

/** The parts of valibot's schema and action objects the reader looks at. */
interface SchemaNode {
  kind: string;
  type: string;
  pipe?: readonly SchemaNode[];
  wrapped?: SchemaNode;
  default?: unknown;
  entries?: Record<string, SchemaNode>;
  options?: readonly unknown[];
  requirement?: unknown;
  operation?: (input: unknown) => unknown;
}

class Unsupported extends Error {}

/** A quick reader for `schema`, or undefined when the schema uses a part this file does not mirror. */
export function quickReader<S extends v.GenericSchema>(schema: S): QuickReader<v.InferOutput<S>> | undefined {
  try {
    return build(schema as unknown as SchemaNode) as QuickReader<v.InferOutput<S>>;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

function build(node: SchemaNode): Check {
  if (node.pipe) return buildPipe(node.pipe);
  switch (node.type) {
    case 'string':
      return (input) => (typeof input === 'string' ? input : UNSURE);
    case 'number':
      return (input) => (typeof input === 'number' && !Number.isNaN(input) ? input : UNSURE);
    case 'boolean':
      return (input) => (typeof input === 'boolean' ? input : UNSURE);
    case 'picklist': {
      const options = node.options ?? [];
      return (input) => (options.includes(input) ? input : UNSURE);
    }
    case 'nullable': {
      // A default for null would be read in place of null: not used by the contract, so not mirrored.
      if (node.default !== undefined) throw new Unsupported();
      const wrapped = build(required(node.wrapped));
      return (input) => (input === null ? null : wrapped(input));
    }
    case 'optional': {
      if (typeof node.default === 'function') throw new Unsupported();
      const wrapped = build(required(node.wrapped));
      const fallback = node.default;
      return (input) => (input === undefined ? (fallback === undefined ? undefined : wrapped(fallback)) : wrapped(input));
    }
    case 'object':
      return buildObject(node.entries ?? {});
    default:
      throw new Unsupported();
  }
}

/**
 * As valibot's `object`: known keys only, in the schema's order; an optional key left out stays out. A
 * parsed row is the reader's own, so when it holds no other keys it becomes the output itself (with any
 * value a transform or default changed written back), which spares building a second object per row.
 */
function buildObject(entries: Record<string, SchemaNode>): Check {
  const fields = Object.entries(entries).map(([key, schema]) => ({
    key,
    check: build(schema),
    optional: schema.type === 'optional',
    defaulted: schema.type === 'optional' && schema.default !== undefined,
  }));
  // What each field reads as, kept between the checking and the writing (nothing is written to a row
  // that turns out not to be valid). One per schema: an object schema never holds itself.
  const values: unknown[] = new Array(fields.length);
  const ABSENT = values;
  return (input) => {
    if (!input || typeof input !== 'object') return UNSURE;
    const record = input as Record<string, unknown>;
    let kept = 0;
    let changed = false;
    for (let at = 0; at < fields.length; at++) {
      const field = fields[at] as (typeof fields)[number];
      const raw = record[field.key];
      const present = raw !== undefined || field.key in record;
      if (!present && !field.defaulted) {
        if (!field.optional) return UNSURE;
        values[at] = ABSENT;
        continue;
      }
      const value = field.check(raw);
      if (value === UNSURE) return UNSURE;
      values[at] = value;
      if (present) kept++;
      if (value !== raw || !present) changed = true;
    }
    const own = Object.keys(record).length === kept && !Array.isArray(record);
    const output: Record<string, unknown> = own ? record : {};
    if (own && !changed) return output;
    for (let at = 0; at < fields.length; at++) {
      const value = values[at];
      if (value !== ABSENT) output[(fields[at] as (typeof fields)[number]).key] = value;
    }
    return output;
  };
}

function buildPipe([first, ...actions]: readonly SchemaNode[]): Check {
  const steps = [build(required(first)), ...actions.filter((action) => action.kind !== 'metadata').map(buildAction)];
  return (input) => {
    let value = input;
    for (const step of steps) {
      value = step(value);
      if (value === UNSURE) return UNSURE;
    }
    return value;
  };
}

function buildAction(action: SchemaNode): Check {
  const requirement = action.requirement;
  switch (action.type) {
    case 'integer':
      return (input) => (Number.isInteger(input) ? input : UNSURE);
    case 'finite':
      return (input) => (Number.isFinite(input) ? input : UNSURE);
    case 'min_value':
      if (typeof requirement !== 'number') throw new Unsupported();
      return (input) => ((input as number) >= requirement ? input : UNSURE);
    case 'regex':
      if (!(requirement instanceof RegExp)) throw new Unsupported();
      return (input) => (requirement.test(input as string) ? input : UNSURE);
    case 'check':
      if (typeof requirement !== 'function') throw new Unsupported();
      return (input) => ((requirement as (input: unknown) => boolean)(input) ? input : UNSURE);
    case 'transform': {
      const operation = action.operation;
      if (!operation) throw new Unsupported();
      return (input) => operation(input);
    }
    default:
      throw new Unsupported();
  }
}

function required(node: SchemaNode | undefined): SchemaNode {
  if (!node) throw new Unsupported();
  return node;
}
