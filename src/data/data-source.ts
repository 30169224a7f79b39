/**
 * What the elements need from a back end, independent of where it comes from. `ContractDataSource` reads
 * our endpoint contract; the vendor adapter maps the vendor's REST API onto the same model.
 */
import type {
  ActivationResult,
  Consumption,
  EventsResponse,
  LicenseDetail,
  LicensesResponse,
  NewSystemEvent,
  Status,
  SystemEvent,
} from './schema.js';
import type { GetResult } from './http-client.js';

export interface LicenseDataSource {
  /** Where the data comes from, for error messages ("… at https://crm.example/api"). */
  readonly endpoint: string;
  getLicenses(signal?: AbortSignal): Promise<LicensesResponse>;
  getLicenseDetail(ownerId: string, moduleId: string, signal?: AbortSignal): Promise<LicenseDetail>;
  getStatus(signal?: AbortSignal): Promise<Status>;
  getConsumption(months: number, signal?: AbortSignal): Promise<Consumption>;
  /** `notModified` is true when a poll found nothing new (HTTP 304). */
  getEvents(signal?: AbortSignal): Promise<GetResult<EventsResponse>>;
  activate(ownerId: string, signal?: AbortSignal): Promise<ActivationResult>;
  uploadLicenseFile(file: Blob, signal?: AbortSignal): Promise<ActivationResult>;
  addEvent(event: NewSystemEvent, signal?: AbortSignal): Promise<SystemEvent>;
  deleteEvent(id: string, signal?: AbortSignal): Promise<void>;
}
