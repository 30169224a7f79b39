/**
 * Row-level tolerance (data-contract.md): a wrong or missing field inside one row of a list (a module, an
 * owner, an event, a restriction, a month) spoils that row only. `rows(item)` reads a list item by item:
 * the valid items are kept, every other one becomes a `RejectedRow` that names it, and the rest of the
 * document is still shown. Only the list itself being absent or not a list fails the whole document.
 */
import * as v from 'valibot';

/** A row left out because it could not be read; the elements show a notice naming it. */
export interface RejectedRow {
  /** Position in the list as sent, from 0. */
  index: number;
  /** What the row is called, where that much could be read (its name, else its id); null otherwise. */
  label: string | null;
  /** Dot path of the offending field inside the row (e.g. `total`), or `(row)` for the row itself. */
  field: string;
  /** What is wrong, in the validator's words: a technical detail, shown under a localized sentence. */
  problem: string;
}

export interface Rows<T> {
  valid: T[];
  /** Where each valid row stood in the list as sent, so later checks name rows by that position too. */
  positions: number[];
  rejected: RejectedRow[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A row's `name`, else its `id`, when either is a non-empty string. */
export function defaultLabel(raw: unknown): string | null {
  if (!isRecord(raw)) return null;
  for (const key of ['name', 'label', 'id', 'key']) {
    const value = raw[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  }
  return null;
}

/** The first issue of a failed row as a rejection naming the row. */
export function rejection(index: number, label: string | null, issues: readonly v.BaseIssue<unknown>[]): RejectedRow {
  const issue = issues[0];
  return {
    index,
    label,
    field: (issue && v.getDotPath(issue)) || '(row)',
    problem: issue?.message ?? 'cannot be read',
  };
}

/** Marks a schema as "a list of `item`, tolerant by row", for the JSON Schema export. */
export interface RowsSchemaMarker {
  readonly rowSchema: v.GenericSchema;
}

/**
 * A list read row by row. The output is `{ valid, rejected }`; the object holding the list moves them to
 * its own fields (see `schema.ts`), so the model keeps plain arrays.
 */
export function rows<S extends v.GenericSchema>(item: S, labelOf: (raw: unknown) => string | null = defaultLabel) {
  // The marker sits on the array too: the JSON Schema converter visits a pipe's first schema, not the pipe.
  const list = Object.assign(v.array(v.unknown()), { rowSchema: item }) satisfies RowsSchemaMarker;
  const schema = v.pipe(
    list,
    v.transform((items): Rows<v.InferOutput<S>> => {
      const valid: v.InferOutput<S>[] = [];
      const positions: number[] = [];
      const rejected: RejectedRow[] = [];
      items.forEach((raw, index) => {
        const result = v.safeParse(item, raw, { abortEarly: true });
        if (result.success) {
          valid.push(result.output);
          positions.push(index);
        } else {
          rejected.push(rejection(index, labelOf(raw), result.issues));
        }
      });
      return { valid, positions, rejected };
    }),
  );
  return Object.assign(schema, { rowSchema: item }) satisfies RowsSchemaMarker;
}

/** `{ [key]: rejected }` when a row was left out, else `{}`: the model carries the field only when needed. */
export function withRejected<K extends string>(key: K, rejected: RejectedRow[]): Partial<Record<K, RejectedRow[]>> {
  return rejected.length > 0 ? ({ [key]: rejected } as Record<K, RejectedRow[]>) : {};
}

/**
 * The rows whose `id` came before are left out too: tabs, selections and links go by id, and two rows with
 * one id would show one and act on the other. The first keeps its place; each repeat is named.
 */
export function firstById<T extends { id: string }>(items: T[], positions: number[], labelOf: (item: T) => string | null) {
  const seen = new Map<string, number>();
  const kept: T[] = [];
  const repeated: RejectedRow[] = [];
  items.forEach((item, i) => {
    const index = positions[i] ?? i;
    const first = seen.get(item.id);
    if (first === undefined) {
      seen.set(item.id, index);
      kept.push(item);
    } else {
      repeated.push({ index, label: labelOf(item), field: 'id', problem: `repeats the id of entry ${first + 1}` });
    }
  });
  return { kept, repeated };
}

/** Rejections in the order of the list as sent. */
export const inListOrder = (rows: RejectedRow[]) => rows.sort((a, b) => a.index - b.index);
