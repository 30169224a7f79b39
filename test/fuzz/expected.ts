/**
 * What the data layer should make of a valid document, read off the JSON Schema rather than the valibot
 * schemas (so the check does not repeat the code it checks): unknown keys dropped, documented defaults
 * filled in, dates with `T` and `Z` upper case.
 */
import type { Schema } from '@cfworker/json-schema';
import { contractDocument } from './oracle.js';

const resolve = (schema: Schema): Schema => {
  if (typeof schema.$ref !== 'string') return schema;
  const name = schema.$ref.replace('#/$defs/', '');
  return resolve((contractDocument().$defs as Record<string, Schema>)[name]!);
};

const isDateSchema = (schema: Schema) =>
  Array.isArray(schema.anyOf) && schema.anyOf.some((branch) => (branch as Schema).format === 'date-time');

export function expectedOutput(schema: Schema, value: unknown): unknown {
  const node = resolve(schema);
  if (isDateSchema(node)) return typeof value === 'string' ? value.toUpperCase() : value;
  if (Array.isArray(node.anyOf)) {
    if (value === null) return null;
    const branch = (node.anyOf as Schema[]).find((b) => resolve(b).type !== 'null')!;
    return expectedOutput(branch, value);
  }
  if (node.type === 'array' && Array.isArray(value)) return value.map((item) => expectedOutput(node.items as Schema, item));
  if (node.type === 'object' && typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, property] of Object.entries(node.properties as Record<string, Schema>)) {
      if (Object.prototype.hasOwnProperty.call(value, key)) {
        out[key] = expectedOutput(property, (value as Record<string, unknown>)[key]);
      } else if ('default' in resolve(property)) {
        out[key] = structuredClone(resolve(property).default);
      }
    }
    return out;
  }
  return value;
}
