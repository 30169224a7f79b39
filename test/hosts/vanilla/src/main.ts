/**
 * A plain page: each per-element entry defines its tag (and only what that element needs); the classes
 * entry defines nothing, so the page registers the list once more under a name of its own.
 */
import 'license-widgets/license-list';
import 'license-widgets/status-panel';
import { LicenseList } from 'license-widgets/classes';

customElements.define('acme-license-list', class AcmeLicenseList extends LicenseList {});

const selected = document.querySelector<HTMLOutputElement>('#selected');
// `license-select` is in HTMLElementEventMap, so `event` is a LicenseSelectEvent here, not a bare Event.
document.querySelector('license-list')?.addEventListener('license-select', (event) => {
  const moduleId: string = event.detail.moduleId;
  if (selected) selected.value = moduleId;
});

const TAGS = ['license-screen', 'license-list', 'license-detail', 'status-panel', 'system-events-table', 'acme-license-list'];
const definedTags = document.querySelector<HTMLOutputElement>('#defined-tags');
const showDefined = () => {
  if (definedTags) definedTags.value = TAGS.filter((tag) => customElements.get(tag)).join(' ');
};
showDefined();
// The status panel defines the events table it shows when it first shows it.
void customElements.whenDefined('system-events-table').then(showDefined);
