/**
 * A data source for hosts running the vendor's own CRM: reads its REST API (endpoint = the web API root,
 * e.g. `https://crm.example/api`) and maps it onto our model, so no server of our own is needed.
 *
 * Vendor calls used, all documented in the vendor's REST reference:
 * - licenses and license detail: `GET v1/License` (ExtendedLicenseInfo[]); the detail is found in that list.
 * - system events: `GET v1/archive/SystemEvents` (archive provider, OData answer; ETag/304 as usual).
 * - activation: the vendor has no single "activate" call. Its documented way, which this follows, is
 *   `POST v1/Agents/License/GetLicenseFromLicenseServer {OwnerName}` (what the license server holds), then
 *   `POST v1/Agents/License/ActivateLicenseInfo {NewLicense}` with that license unchanged (it is signed),
 *   then `GET v1/License/{ownerName}` for the owner as it now stands.
 * - license file: `POST v1/Agents/License/AddLicenseFromFile {FileContent}` (the file's XML as text).
 * Status, metered services and adding/removing events have no documented vendor equivalent: those calls
 * fail with an `unsupported` DataError saying so, which the elements show as a localized error.
 *
 * Owner names go to the vendor as our owner ids; the vendor's own owner is `SUPEROFFICE` in both, and the
 * vendor matches owner names without regard to case.
 */
import type { LicenseDataSource } from '../data-source.js';
import { DataError, requireBody } from '../errors.js';
import { HttpClient, type GetResult, type HttpClientOptions } from '../http-client.js';
import type { ActivationResult, Consumption, EventsResponse, Status, SystemEvent } from '../schema.js';
import {
  SYSTEM_EVENT_COLUMNS,
  changedModules,
  modulesBelowInUse,
  toEventsResponse,
  toLicenseDetail,
  toLicenseOwner,
  toLicensesResponse,
} from './vendor-mapping.js';
import {
  VendorArchiveSchema,
  VendorExtendedLicenseInfoSchema,
  VendorLicenseOfferSchema,
  VendorLicenseResultSchema,
  VendorLicensesSchema,
  type VendorArchive,
  type VendorExtendedLicenseInfo,
} from './vendor-schema.js';

const LICENSES = '/v1/License';
const EVENTS = `/v1/archive/SystemEvents?$select=${SYSTEM_EVENT_COLUMNS.join(',')}`;
const LICENSE_SERVER = '/v1/Agents/License/GetLicenseFromLicenseServer';
const ACTIVATE = '/v1/Agents/License/ActivateLicenseInfo';
const LICENSE_FILE = '/v1/Agents/License/AddLicenseFromFile';

const segment = (value: string) => encodeURIComponent(value);

export class VendorDataSource implements LicenseDataSource {
  readonly client: HttpClient;
  /** The last archive answer and its mapping: a 304 returns the same object, so polling maps nothing. */
  private events?: { archive: VendorArchive; mapped: EventsResponse };

  constructor(endpoint: string, options: HttpClientOptions = {}) {
    this.client = new HttpClient(endpoint, options);
  }

  get endpoint() {
    return this.client.baseUrl;
  }

  async getLicenses(signal?: AbortSignal) {
    return toLicensesResponse((await this.client.get(LICENSES, VendorLicensesSchema, signal)).data);
  }

  async getLicenseDetail(ownerId: string, moduleId: string, signal?: AbortSignal) {
    const { data } = await this.client.get(LICENSES, VendorLicensesSchema, signal);
    const detail = toLicenseDetail(data, ownerId, moduleId);
    if (!detail) {
      throw new DataError('not-found', `The license "${moduleId}" of "${ownerId}" is not in the vendor's list`, {
        url: this.client.url(LICENSES),
      });
    }
    return detail;
  }

  async getEvents(signal?: AbortSignal): Promise<GetResult<EventsResponse>> {
    const { data, notModified } = await this.client.get(EVENTS, VendorArchiveSchema, signal);
    if (this.events?.archive !== data) this.events = { archive: data, mapped: toEventsResponse(data) };
    return { data: this.events.mapped, notModified };
  }

  async activate(ownerId: string, signal?: AbortSignal): Promise<ActivationResult> {
    const offerUrl = this.client.url(LICENSE_SERVER);
    const offer = requireBody(
      await this.client.send('POST', LICENSE_SERVER, { OwnerName: ownerId }, VendorLicenseOfferSchema, signal),
      offerUrl,
    );
    const belowInUse = modulesBelowInUse(offer);
    // The same rule the vendor's own screen applies: no activation that leaves more in use than licensed.
    if (!offer.New || offer.CanBeActivated === false || belowInUse.length > 0) {
      // Only the server's own reason goes into the problem details shown to people; without one the UI
      // uses its localized wording.
      const detail = offer.Reason || undefined;
      throw new DataError('conflict', detail ?? 'The license server has no license that can be activated', {
        url: offerUrl,
        status: 409,
        problem: { status: 409, detail, modules: belowInUse },
      });
    }
    const activation = { NewLicense: offer.New };
    const result = await this.client.send('POST', ACTIVATE, activation, VendorLicenseResultSchema, signal);
    if (!result?.Succeeded) {
      const detail = result?.Reason || undefined;
      throw new DataError('rejected', detail ?? 'The license was not activated', {
        url: this.client.url(ACTIVATE),
        problem: { detail },
      });
    }
    const path = `${LICENSES}/${segment(ownerId)}`;
    const { data } = await this.client.get(path, VendorExtendedLicenseInfoSchema, signal);
    return { owner: ownerOf(data, this.client.url(path)), changed: changedModules(offer) };
  }

  async uploadLicenseFile(file: Blob, signal?: AbortSignal): Promise<ActivationResult> {
    const url = this.client.url(LICENSE_FILE);
    const body = { FileContent: await file.text() };
    const answer = await this.client.send('POST', LICENSE_FILE, body, VendorExtendedLicenseInfoSchema, signal);
    const info = requireBody(answer, url);
    return { owner: ownerOf(info, url), changed: changedModules(info) };
  }

  async getStatus(): Promise<Status> {
    throw this.notOffered('/status', 'The database status');
  }

  async getConsumption(): Promise<Consumption> {
    throw this.notOffered('/consumption', 'Metered-services consumption');
  }

  async addEvent(): Promise<SystemEvent> {
    throw this.notOffered('/events', 'Adding system events');
  }

  async deleteEvent(): Promise<void> {
    throw this.notOffered('/events', 'Removing system events');
  }

  private notOffered(path: string, what: string) {
    return new DataError('unsupported', `${what} is not offered by this data source (the vendor's API)`, {
      url: this.client.url(path),
    });
  }
}

/** A 204 where the vendor documents a body is a contract violation, not "nothing happened". */

function ownerOf(info: VendorExtendedLicenseInfo, url: string) {
  const owner = toLicenseOwner(info);
  if (!owner) throw new DataError('contract', 'Current: the answer holds no license', { url, field: 'Current' });
  return owner;
}
