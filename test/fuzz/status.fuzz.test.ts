import { fuzzTimeout } from './fuzz-settings.js';
import { loadContractSchema } from './oracle.js';
import { fuzzResource } from './properties.js';
import { renderConsumption, renderStatus } from './render.js';
import { readers } from './sources.js';

describe('fuzz: status and consumption', function () {
  this.timeout(fuzzTimeout());
  before(loadContractSchema);

  it('GET /status: valid documents are read and shown, broken ones end in an error or a named row', async () => {
    await fuzzResource('Status', readers.Status, renderStatus);
  });

  it('GET /consumption: valid documents are read and charted, broken ones end in an error or a named row', async () => {
    await fuzzResource('Consumption', readers.Consumption, renderConsumption);
  });
});
