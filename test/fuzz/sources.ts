/** The data layer's real read path for each resource, with fetch stubbed to answer the generated text. */
import { ContractDataSource } from '../../src/data/contract-source.js';
import { validate } from '../../src/data/http-client.js';
import { NewSystemEventSchema } from '../../src/data/schema.js';
import { jsonAnswer, type Reader } from './properties.js';

export const ENDPOINT = 'https://crm.example/api';

const source = (text: string) => new ContractDataSource(ENDPOINT, { fetch: jsonAnswer(text) });

export const readers = {
  LicensesResponse: (text) => source(text).getLicenses(),
  LicenseDetail: (text) => source(text).getLicenseDetail('SUPEROFFICE', 'ten-sales'),
  ActivationResult: (text) => source(text).activate('SUPEROFFICE'),
  Status: (text) => source(text).getStatus(),
  Consumption: (text) => source(text).getConsumption(12),
  EventsResponse: async (text) => (await source(text).getEvents()).data,
  // The answer to POST /events.
  SystemEvent: (text) => source(text).addEvent({ key: 'NoLogin', finished: null, description: '' }),
  // What the editor sends: the contract's schema of it, checked as the endpoint would.
  NewSystemEvent: async (text) => validate(NewSystemEventSchema, JSON.parse(text), `${ENDPOINT}/events`),
} satisfies Record<string, Reader>;
