// @ts-check
/** What a person sees in the React app, run by scripts/test-hosts.mjs against the built app. */

/** @type {import('../../../scripts/test-hosts.mjs').HostCheck[]} */
export const checks = [
  {
    name: '<license-screen> from license-widgets shows the demo licenses',
    async run(page) {
      await page.locator('license-screen license-list caption', { hasText: 'License list' }).waitFor();
      await page.locator('license-list').getByRole('button', { name: 'Sales-Premium', exact: true }).waitFor();
    },
  },
  {
    name: 'the component reads event.detail.moduleId from its onlicense-select prop',
    async run(page) {
      await page.locator('license-list').getByRole('button', { name: 'Sales-Premium', exact: true }).click();
      await page.locator('#selected', { hasText: 'ten-sales' }).waitFor();
    },
  },
  {
    name: 'an object prop (headers) reaches the element as a property',
    async run(page) {
      const headers = await page
        .locator('license-screen')
        .evaluate((element) => JSON.stringify(/** @type {{ headers?: unknown }} */ (element).headers));
      const expected = JSON.stringify({ 'X-Requested-By': 'license-widgets-host-react' });
      if (headers !== expected) throw new Error(`headers property: ${headers}, expected ${expected}`);
    },
  },
];
