/**
 * A data source for hosts running the vendor's own CRM: reads its REST API and maps it onto our model,
 * so no server of our own is needed.
 *
 * `endpoint` is the CRM's web API root, with or without its `/api` (`https://crm.example/Cust1234` and
 * `https://crm.example/Cust1234/api` are the same; a trailing `/v1` is dropped too).
 *
 * Vendor calls used, as the vendor's REST reference documents them:
 * - licenses: `GET v1/License` (ExtendedLicenseInfo[] as stored in the database). The license detail is
 *   the same list's module; when the list was read already it is not read again.
 * - activation: `POST v1/Agents/License/GetLicenseFromLicenseServer {OwnerName}` when the dialog opens
 *   (what the license server holds, and its own verdict `CanBeActivated` / `Reason`), then
 *   `POST v1/Agents/License/ActivateLicenseInfo {NewLicense}` with that whole ExtendedLicenseInfo, exactly
 *   as received (it is signed), then `GET v1/License/{ownerName}` for the owner as it now stands.
 * - license file: `POST v1/Agents/License/AddLicenseFromFile {FileContent}` (the file's XML as text).
 * - system events: `GET v1/archive/SystemEvents` (archive provider, OData), read page by page
 *   (`odata.nextLink`, else `$top`/`$skip`) up to `MAX_EVENTS` rows; rows show as pages arrive.
 * Status, metered services and adding/removing events have no documented vendor equivalent: those calls
 * fail with an `unsupported` DataError saying so, which the elements show as a localized error.
 *
 * Every request asks for JSON (`Accept: application/json`). Cookie sign-in needs the anti-forgery token
 * in `X-XSRF-TOKEN` on every request: pass it as `xsrfToken` (a string, or a function read per request).
 *
 * Owner names go to the vendor as our owner ids; the vendor's own owner is `SUPEROFFICE` in both, and the
 * vendor matches owner names without regard to case.
 */
import * as v from 'valibot';
import type { ActivationCheck, LicenseDataSource } from '../data-source.js';
import { DataError, idempotencyKey, requireBody } from '../errors.js';
import { HttpClient, resolveEndpoint, validate, type GetResult, type HttpClientOptions } from '../http-client.js';
import type {
  ActivationResult,
  Consumption,
  EventsResponse,
  LicenseOwner,
  LicensesResponse,
  RejectedRow,
  Status,
  SystemEvent,
} from '../schema.js';
import { withRejected } from '../rows.js';
import {
  SYSTEM_EVENT_COLUMNS,
  changedModules,
  detailFromList,
  toActivationCheck,
  toEventsPage,
  toLicenseOwner,
  toLicensesResponse,
  knownTimeZone,
  type EventsPage,
  type VendorDateOptions,
} from './vendor-mapping.js';
import {
  VendorArchiveSchema,
  VendorExtendedLicenseInfoSchema,
  VendorLicenseResultSchema,
  VendorLicensesSchema,
  type VendorArchive,
  type VendorExtendedLicenseInfo,
} from './vendor-schema.js';

const LICENSES = '/v1/License';
const EVENTS = '/v1/archive/SystemEvents';
const LICENSE_SERVER = '/v1/Agents/License/GetLicenseFromLicenseServer';
const ACTIVATE = '/v1/Agents/License/ActivateLicenseInfo';
const LICENSE_FILE = '/v1/Agents/License/AddLicenseFromFile';

/** Rows asked for per archive page. */
export const EVENTS_PAGE_SIZE = 1000;
/** No more rows than this are read: the table stays usable and the CRM is not asked for its whole history. */
export const MAX_EVENTS = 100_000;
/** A server that pages badly (ignores `$skip`, sends only unreadable rows) still ends the reading. */
const MAX_PAGES = Math.ceil(MAX_EVENTS / EVENTS_PAGE_SIZE) + 10;

const segment = (value: string) => encodeURIComponent(value);

export interface VendorDataSourceOptions extends HttpClientOptions, VendorDateOptions {
  /**
   * The vendor's anti-forgery token, sent as `X-XSRF-TOKEN` on every request (needed with cookie sign-in,
   * not with an `Authorization` header). A function is called for each request, so a renewed token is used.
   */
  xsrfToken?: string | (() => string | null | undefined);
}

/** The CRM's web API root for any of the spellings a host may give: with or without `/api` (and `/v1`). */
export function vendorApiRoot(endpoint: string): string {
  const root = resolveEndpoint(endpoint).replace(/\/+$/, '').replace(/\/v1$/i, '');
  return /\/api$/i.test(root) ? root : `${root}/api`;
}

export class VendorDataSource implements LicenseDataSource {
  readonly client: HttpClient;
  private readonly dates: VendorDateOptions;
  /** The owners as last read: the detail view finds its license here instead of reading the list again. */
  private licenses?: LicensesResponse;
  /** Per owner, the license server's answer the dialog showed: activation sends exactly that one. */
  private readonly offers = new Map<string, unknown>();
  /** Mapped archive pages by the object the client returned: a 304 returns the same one, so nothing is mapped. */
  private readonly pages = new WeakMap<VendorArchive, EventsPage>();
  private events?: EventsResponse;
  /** The page objects `events` was made from: unchanged only when a poll returns these very objects. */
  private eventPages: VendorArchive[] = [];

  constructor(endpoint: string, options: VendorDataSourceOptions = {}) {
    const { xsrfToken, timeZone, ...http } = options;
    const token = typeof xsrfToken === 'function' ? xsrfToken : () => xsrfToken;
    const requestHeaders = (): Record<string, string> => {
      const value = token();
      return { ...http.requestHeaders?.(), ...(value ? { 'X-XSRF-TOKEN': value } : {}) };
    };
    this.client = new HttpClient(vendorApiRoot(endpoint), { ...http, requestHeaders });
    this.dates = timeZone ? { timeZone: knownTimeZone(timeZone) } : {};
  }

  get endpoint() {
    return this.client.baseUrl;
  }

  async getLicenses(signal?: AbortSignal) {
    const { data } = await this.client.get(LICENSES, VendorLicensesSchema, signal);
    this.licenses = toLicensesResponse(data, this.dates);
    return this.licenses;
  }

  async getLicenseDetail(ownerId: string, moduleId: string, signal?: AbortSignal) {
    const detail =
      (this.licenses && detailFromList(this.licenses, ownerId, moduleId)) ??
      detailFromList(await this.getLicenses(signal), ownerId, moduleId);
    if (!detail) {
      throw new DataError('not-found', `The license "${moduleId}" of "${ownerId}" is not in the vendor's list`, {
        url: this.client.url(LICENSES),
      });
    }
    return detail;
  }

  async checkActivation(owner: LicenseOwner, signal?: AbortSignal): Promise<ActivationCheck> {
    const { raw, offer } = await this.readOffer(owner.id, signal);
    this.offers.set(owner.id, raw);
    return toActivationCheck(offer, owner);
  }

  async activate(ownerId: string, signal?: AbortSignal): Promise<ActivationResult> {
    // The answer the person reviewed in the dialog; asked for now when activation starts elsewhere.
    const known = this.offers.get(ownerId);
    const { raw, offer } = known !== undefined ? this.parseOffer(known) : await this.readOffer(ownerId, signal);
    const check = toActivationCheck(offer, this.licenses?.owners.find((owner) => owner.id === ownerId));
    const belowInUse = check.changes.flatMap((change) => (change.blocked ? change.module.id : []));
    // The vendor's own rules: nothing is sent that it said cannot be activated, or that over-assigns.
    if (!check.canActivate || belowInUse.length > 0) {
      // Only the server's own reason goes into the problem details shown to people; without one the UI
      // uses its localized wording.
      const detail = check.reason ?? undefined;
      throw new DataError('conflict', detail ?? 'The license server has no license that can be activated', {
        url: this.client.url(LICENSE_SERVER),
        status: 409,
        problem: { status: 409, detail, modules: belowInUse },
      });
    }
    const result = await this.client.send('POST', ACTIVATE, { NewLicense: raw }, VendorLicenseResultSchema, signal, idempotencyKey());
    if (!result?.Succeeded) {
      const detail = result?.Reason || undefined;
      throw new DataError('rejected', detail ?? 'The license was not activated', {
        url: this.client.url(ACTIVATE),
        problem: { detail },
      });
    }
    // Activated: that answer is spent. (After a failure it stays; the dialog asks the server again.)
    this.offers.delete(ownerId);
    const path = `${LICENSES}/${segment(ownerId)}`;
    const { data } = await this.client.get(path, VendorExtendedLicenseInfoSchema, signal);
    return this.applied({ owner: this.ownerOf(data, this.client.url(path)), changed: changedModules(offer) });
  }

  async uploadLicenseFile(file: Blob, signal?: AbortSignal): Promise<ActivationResult> {
    const url = this.client.url(LICENSE_FILE);
    const body = { FileContent: await file.text() };
    const answer = await this.client.send('POST', LICENSE_FILE, body, VendorExtendedLicenseInfoSchema, signal, idempotencyKey());
    const info = requireBody(answer, url);
    return this.applied({ owner: this.ownerOf(info, url), changed: changedModules(info) });
  }

  /**
   * Every page of the archive. `onPage` sees the rows read so far after each page but the last. A poll
   * whose every page is unchanged (304) returns the same object as before.
   */
  async getEvents(signal?: AbortSignal, onPage?: (partial: EventsResponse) => void): Promise<GetResult<EventsResponse>> {
    const events: SystemEvent[] = [];
    const rejected: RejectedRow[] = [];
    const seen = new Set<string>();
    let path = eventsPath(0);
    let skip = 0;
    const read: VendorArchive[] = [];
    let truncated = false;
    let pages = 0;
    for (;;) {
      const { data } = await this.client.get(path, VendorArchiveSchema, signal);
      read.push(data);
      const page = this.mapPage(data);
      let fresh = 0;
      for (const event of page.events) {
        // A server that ignores $skip answers the same rows again: that ends the reading too.
        if (seen.has(event.id)) continue;
        seen.add(event.id);
        fresh += 1;
        if (events.length < MAX_EVENTS) events.push(event);
        else truncated = true;
      }
      rejected.push(...page.rejectedEvents.map((row) => ({ ...row, index: row.index + skip })));
      const rows = data.value.valid.length + data.value.rejected.length;
      skip += rows;
      // Go on while pages bring new rows (a page of unreadable rows only counts too), up to the cap.
      const more = rows > 0 && (fresh > 0 || page.events.length === 0) && !truncated;
      if (more && ++pages >= MAX_PAGES) truncated = true;
      const next = more && !truncated ? this.nextPage(data, path, rows, skip) : undefined;
      if (!next) break;
      path = next;
      onPage?.({ events: [...events] });
    }
    // A 304 on every page returns the objects kept from the last complete read; a read that was cut off
    // half-way (and so kept newer copies of some pages) does not count as unchanged.
    const same = read.length === this.eventPages.length && read.every((page, i) => page === this.eventPages[i]);
    if (same && this.events) return { data: this.events, notModified: true };
    this.eventPages = read;
    this.events = { events, ...withRejected('rejectedEvents', rejected), ...(truncated ? { truncated } : {}) };
    return { data: this.events, notModified: false };
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

  private async readOffer(ownerId: string, signal?: AbortSignal) {
    // Read as it comes (v.unknown()): what goes back to ActivateLicenseInfo must be the answer, untouched.
    const raw = requireBody(
      await this.client.send('POST', LICENSE_SERVER, { OwnerName: ownerId }, v.unknown(), signal),
      this.client.url(LICENSE_SERVER),
    );
    return this.parseOffer(raw);
  }

  private parseOffer(raw: unknown): { raw: unknown; offer: VendorExtendedLicenseInfo } {
    return { raw, offer: validate(VendorExtendedLicenseInfoSchema, raw, this.client.url(LICENSE_SERVER)) };
  }

  /** An activation or a loaded file changed one owner: the list kept for the detail view follows. */
  private applied(result: ActivationResult): ActivationResult {
    if (this.licenses) {
      const others = this.licenses.owners.filter((owner) => owner.id !== result.owner.id);
      this.licenses = { ...this.licenses, owners: [...others, result.owner] };
    }
    return result;
  }

  private mapPage(archive: VendorArchive) {
    let page = this.pages.get(archive);
    if (!page) {
      page = toEventsPage(archive, this.dates);
      this.pages.set(archive, page);
    }
    return page;
  }

  /**
   * The path of the page after `current`: the server's `odata.nextLink` when it points at this same archive
   * on this same server, else the next `$skip` when the page was full; undefined when the archive is done.
   */
  private nextPage(archive: VendorArchive, current: string, read: number, skip: number): string | undefined {
    const link = archive['odata.nextLink'];
    if (link) {
      const url = new URL(link, this.client.url(current));
      const base = new URL(this.client.baseUrl);
      const own = url.origin === base.origin && url.href.startsWith(`${this.client.baseUrl}/`);
      if (own && /\/archive\/systemevents$/i.test(url.pathname)) return url.href.slice(this.client.baseUrl.length);
    }
    return read >= EVENTS_PAGE_SIZE ? eventsPath(skip) : undefined;
  }

  private ownerOf(info: VendorExtendedLicenseInfo, url: string) {
    const owner = toLicenseOwner(info, this.dates);
    if (!owner) throw new DataError('contract', 'Current: the answer holds no license', { url, field: 'Current' });
    return owner;
  }

  private notOffered(path: string, what: string) {
    return new DataError('unsupported', `${what} is not offered by this data source (the vendor's API)`, {
      url: this.client.url(path),
    });
  }
}

/** One archive page: the columns the table shows, `$top` rows from row `skip`. */
function eventsPath(skip: number) {
  // A fixed order keeps $skip pages from overlapping or missing rows between requests.
  const query = `$select=${SYSTEM_EVENT_COLUMNS.join(',')}&$orderBy=SystemEvent_id&$top=${EVENTS_PAGE_SIZE}`;
  return `${EVENTS}?${query}${skip ? `&$skip=${skip}` : ''}`;
}
