/** The data source for our own endpoint contract (`data-contract.md`). */
import type { EventsResult, LicenseDataSource } from './data-source.js';
import { HttpClient, type HttpClientOptions } from './http-client.js';
import {
  ActivationResultSchema,
  ConsumptionSchema,
  LicenseDetailSchema,
  LicensesResponseSchema,
  StatusSchema,
  SystemEventSchema,
  type NewSystemEvent,
} from './schema.js';
import { idempotencyKey, requireBody } from './errors.js';
import { EventsReader } from './events-reader.js';

const segment = (value: string) => encodeURIComponent(value);

export class ContractDataSource implements LicenseDataSource {
  readonly client: HttpClient;
  /** Reads the events list (off the main thread when it is large) and keeps it to compare the next with. */
  private readonly events = new EventsReader();

  constructor(endpoint: string, options: HttpClientOptions = {}) {
    this.client = new HttpClient(endpoint, options);
  }

  get endpoint() {
    return this.client.baseUrl;
  }

  async getLicenses(signal?: AbortSignal) {
    return (await this.client.get('/licenses', LicensesResponseSchema, signal)).data;
  }

  async getLicenseDetail(ownerId: string, moduleId: string, signal?: AbortSignal) {
    const path = `/licenses/${segment(ownerId)}/${segment(moduleId)}`;
    return (await this.client.get(path, LicenseDetailSchema, signal)).data;
  }

  async getStatus(signal?: AbortSignal) {
    return (await this.client.get('/status', StatusSchema, signal)).data;
  }

  async getConsumption(months: number, signal?: AbortSignal) {
    const path = `/consumption?months=${Math.max(1, Math.trunc(months))}`;
    return (await this.client.get(path, ConsumptionSchema, signal)).data;
  }

  async getEvents(signal?: AbortSignal): Promise<EventsResult> {
    const { data, notModified } = await this.client.getWith('/events', this.events.read, signal, this.events.fetch);
    // A 304 repeats the kept answer: its list is the one already shown, with nothing changed since.
    return notModified ? { data: data.response, notModified } : { data: data.response, notModified, changes: data.changes };
  }

  async activate(ownerId: string, signal?: AbortSignal) {
    const path = `/licenses/${segment(ownerId)}/activate`;
    return requireBody(await this.client.send('POST', path, undefined, ActivationResultSchema, signal, idempotencyKey()), this.client.url(path));
  }

  async uploadLicenseFile(file: Blob, signal?: AbortSignal) {
    const path = '/licenses/file';
    return requireBody(await this.client.send('POST', path, file, ActivationResultSchema, signal, idempotencyKey()), this.client.url(path));
  }

  async addEvent(event: NewSystemEvent, signal?: AbortSignal) {
    const created = await this.client.send('POST', '/events', event, SystemEventSchema, signal);
    return requireBody(created, this.client.url('/events'));
  }

  async deleteEvent(id: string, signal?: AbortSignal) {
    await this.client.send('DELETE', `/events/${segment(id)}`, undefined, null, signal);
  }
}

