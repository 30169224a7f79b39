// Angular: allow the custom tags with CUSTOM_ELEMENTS_SCHEMA; bind attributes with [attr.x], events by name.
import { Component, CUSTOM_ELEMENTS_SCHEMA, input, signal } from '@angular/core';
import 'license-widgets';
import type { LicenseSelectEvent } from 'license-widgets';

@Component({
  selector: 'app-licenses-page',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <license-list [attr.endpoint]="endpoint()" lang="de" (license-select)="onSelect($event)"></license-list>
    @if (selected()) {
      <p>Selected: {{ selected() }}</p>
    }
  `,
})
export class LicensesPageComponent {
  readonly endpoint = input.required<string>();
  readonly selected = signal<string | undefined>(undefined);

  onSelect(event: Event) {
    this.selected.set((event as LicenseSelectEvent).detail.moduleId);
  }
}
