/** A whole document checked against its schema; the first problem becomes a contract error naming the field. */
import * as v from 'valibot';
import { DataError } from './errors.js';

export function validate<S extends v.GenericSchema>(schema: S, json: unknown, url: string): v.InferOutput<S> {
  const result = v.safeParse(schema, json, { abortEarly: true });
  if (result.success) return result.output;
  const issue = result.issues[0];
  const field = v.getDotPath(issue) ?? '(root)';
  throw new DataError('contract', `${field}: ${issue.message}`, {
    url,
    field,
    expected: issue.expected ?? undefined,
    received: issue.received,
  });
}
