/**
 * The events as a CSV file: the rows given (the table passes the ones it shows, filtered and sorted),
 * the table's columns in its order with its headers, in the language `msg()` renders in.
 */
import type { SystemEvent } from '../../data/schema.js';
import { msg } from '../../i18n/msg.js';
import { csvDate, toCsv } from '../../internal/csv.js';
import { columnLabel, statusLabel, typeLabel } from './event-cells.js';
import { COLUMNS } from './event-view.js';

export const EVENTS_FILE_NAME = 'system-events.csv';

/**
 * Status and Type in words, as the table shows them; Activated by as the user id, or "System" for the
 * system's own events, as in the table. Dates are the data's, in UTC ISO 8601: Finished is the expected
 * finish time the server sent, also for an event that ended before it (the file holds data, not wording).
 */
export function eventsCsv(rows: readonly SystemEvent[]): string {
  const system = msg('System', { desc: 'A system event’s source or type: the system itself, not a person.' });
  return toCsv(
    COLUMNS.map(columnLabel),
    rows.map((event) => [
      event.name,
      statusLabel(event.status),
      event.message,
      csvDate(event.activated),
      event.activatedBy?.id ?? system,
      csvDate(event.finished),
      typeLabel(event),
    ]),
  );
}
