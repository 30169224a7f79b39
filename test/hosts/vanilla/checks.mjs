// @ts-check
/** What a person sees on the vanilla page, run by scripts/test-hosts.mjs against the built page. */

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
    name: 'the page reads event.detail.moduleId from license-select',
    async run(page) {
      await page.locator('license-list').getByRole('button', { name: 'Sales-Premium', exact: true }).click();
      await page.locator('#selected', { hasText: 'ten-sales' }).waitFor();
    },
  },
  {
    name: '<status-panel> from license-widgets/status-panel shows the plan',
    async run(page) {
      await page.locator('status-panel', { hasText: 'Core Suite' }).waitFor();
    },
  },
  {
    name: 'the class from license-widgets/classes works under a name of its own; each entry defines only its tags',
    async run(page) {
      await page.locator('acme-license-list').getByRole('button', { name: 'Sales-Premium', exact: true }).waitFor();
      // status-panel defines the system-events-table it shows (when it first shows it); nothing defines
      // the screen or the detail.
      const expected = 'license-list status-panel system-events-table acme-license-list';
      await page.waitForFunction((tags) => document.querySelector('#defined-tags')?.textContent === tags, expected, { timeout: 5000 }).catch(() => undefined);
      const defined = await page.locator('#defined-tags').textContent();
      if (defined !== expected) throw new Error(`tags defined: "${defined}", expected "${expected}"`);
    },
  },
];
