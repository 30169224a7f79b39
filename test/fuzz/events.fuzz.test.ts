import { fuzzTimeout } from './fuzz-settings.js';
import { loadContractSchema } from './oracle.js';
import { fuzzResource } from './properties.js';
import { renderEvents } from './render.js';
import { readers } from './sources.js';

describe('fuzz: system events', function () {
  this.timeout(fuzzTimeout());
  before(loadContractSchema);

  it('GET /events: valid documents are read and listed, broken ones end in an error or a named row', async () => {
    await fuzzResource('EventsResponse', readers.EventsResponse, renderEvents);
  });

  it('POST /events: the created event is read as sent, a broken one ends in an error', async () => {
    await fuzzResource('SystemEvent', readers.SystemEvent);
  });

  it('NewSystemEvent: the schema of what the editor sends agrees with the published one', async () => {
    await fuzzResource('NewSystemEvent', readers.NewSystemEvent);
  });
});
