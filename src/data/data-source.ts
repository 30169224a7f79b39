/**
 * What the elements need from a back end, independent of where it comes from. `ContractDataSource` reads
 * our endpoint contract; the vendor adapter maps the vendor's REST API onto the same model.
 */
import type {
  ActivationResult,
  Consumption,
  EventsResponse,
  LicenseDetail,
  LicenseModule,
  LicenseOwner,
  LicensesResponse,
  NewSystemEvent,
  RejectedRow,
  Status,
  SystemEvent,
} from './schema.js';
import type { GetResult } from './http-client.js';
import type { EventChanges } from './event-changes.js';

/** An events answer, and how its list derives from the previous answer's, when the source knows. */
export interface EventsResult extends GetResult<EventsResponse> {
  /** Absent when the list is new as a whole (the first answer, a reordered list, a source that does not tell). */
  changes?: EventChanges;
}

/** One license that activation would change. */
export interface ActivationChange {
  /** The license as it is now; one that only the license server knows so far has `total` 0. */
  module: LicenseModule;
  newTotal: number;
  /** Whether the new license leaves the count unlimited; when absent, as `module.unrestricted`. */
  unrestricted?: boolean;
  /** The new total is below the number in use: activating would leave people without a license. */
  blocked: boolean;
}

/** What the license server holds for an owner, before anyone clicks Activate. */
export interface ActivationCheck {
  /** The server's own verdict; when false, Activate stays disabled and `reason` says why (if given). */
  canActivate: boolean;
  /** The server's words, shown as they are; null when it gave none. */
  reason: string | null;
  /** Only the licenses that change. */
  changes: ActivationChange[];
  /** Licenses in the server's answer that could not be read. */
  rejected?: RejectedRow[];
}

export interface LicenseDataSource {
  /** Where the data comes from, for error messages ("… at https://crm.example/api"). */
  readonly endpoint: string;
  getLicenses(signal?: AbortSignal): Promise<LicensesResponse>;
  getLicenseDetail(ownerId: string, moduleId: string, signal?: AbortSignal): Promise<LicenseDetail>;
  getStatus(signal?: AbortSignal): Promise<Status>;
  getConsumption(months: number, signal?: AbortSignal): Promise<Consumption>;
  /**
   * `notModified` is true when a poll found nothing new (HTTP 304). A source that reads the events in pages
   * calls `onPage` with everything read so far after each page but the last, so rows show as they arrive.
   */
  getEvents(signal?: AbortSignal, onPage?: (partial: EventsResponse) => void): Promise<EventsResult>;
  /**
   * What activating `owner` would change. Optional: without it the activation dialog reads the `pending`
   * change of each license (`checkFromPending`).
   */
  checkActivation?(owner: LicenseOwner, signal?: AbortSignal): Promise<ActivationCheck>;
  activate(ownerId: string, signal?: AbortSignal): Promise<ActivationResult>;
  uploadLicenseFile(file: Blob, signal?: AbortSignal): Promise<ActivationResult>;
  addEvent(event: NewSystemEvent, signal?: AbortSignal): Promise<SystemEvent>;
  deleteEvent(id: string, signal?: AbortSignal): Promise<void>;
}
