/**
 * Reads an error body as RFC 9457 problem details, member by member: a member of the wrong type is
 * ignored (RFC 9457 §3.1), as is a body that is not a JSON object, so a half-right answer still lends its
 * good members to the message and a wrong one leaves the HTTP status to speak.
 */
import type { ProblemDetails } from './schema.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A non-empty string, else nothing: an empty `detail` must not hide the status behind a blank. */
const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);

export function problemDetails(body: unknown): ProblemDetails | undefined {
  if (!isRecord(body)) return undefined;
  const { type, title, status, detail, instance, modules } = body;
  const problem: ProblemDetails = {};
  if (text(type)) problem.type = type as string;
  if (text(title)) problem.title = title as string;
  if (typeof status === 'number' && Number.isInteger(status) && status >= 100 && status <= 599) problem.status = status;
  if (text(detail)) problem.detail = detail as string;
  if (text(instance)) problem.instance = instance as string;
  // Our 409 extension: only the names that are strings.
  if (Array.isArray(modules)) problem.modules = modules.filter((name): name is string => typeof name === 'string');
  return problem;
}
