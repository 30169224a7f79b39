import { fuzzTimeout } from './fuzz-settings.js';
import { loadContractSchema } from './oracle.js';
import { fuzzResource } from './properties.js';
import { renderLicenseDetail } from './render.js';
import { readers } from './sources.js';

describe('fuzz: license detail and activation', function () {
  this.timeout(fuzzTimeout());
  before(loadContractSchema);

  it('GET /licenses/{owner}/{module}: valid details are read and shown, broken ones end in an error or a named row', async () => {
    await fuzzResource('LicenseDetail', readers.LicenseDetail, renderLicenseDetail);
  });

  it('POST /licenses/{owner}/activate: valid results are read as sent, broken ones end in an error or a named row', async () => {
    await fuzzResource('ActivationResult', readers.ActivationResult);
  });
});
