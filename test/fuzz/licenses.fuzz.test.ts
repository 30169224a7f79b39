import { fuzzTimeout } from './fuzz-settings.js';
import { loadContractSchema } from './oracle.js';
import { fuzzResource } from './properties.js';
import { renderLicenses } from './render.js';
import { readers } from './sources.js';

describe('fuzz: licenses', function () {
  this.timeout(fuzzTimeout());
  before(loadContractSchema);

  it('GET /licenses: valid documents are read and shown as sent, broken ones end in an error or a named row', async () => {
    await fuzzResource('LicensesResponse', readers.LicensesResponse, renderLicenses);
  });
});
