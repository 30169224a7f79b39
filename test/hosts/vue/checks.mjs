// @ts-check
/** What a person sees in the Vue app, run by scripts/test-hosts.mjs against the built app. */

/** @type {import('../../../scripts/test-hosts.mjs').HostCheck[]} */
export const checks = [
  {
    name: '<license-list> from license-widgets/license-list shows the demo licenses',
    async run(page) {
      await page.locator('license-list caption', { hasText: 'License list' }).waitFor();
      await page.locator('license-list').getByRole('button', { name: 'Sales-Premium', exact: true }).waitFor();
    },
  },
  {
    name: 'the component reads event.detail.moduleId from @license-select',
    async run(page) {
      await page.locator('license-list').getByRole('button', { name: 'Sales-Premium', exact: true }).click();
      await page.locator('#selected', { hasText: 'ten-sales' }).waitFor();
    },
  },
];
