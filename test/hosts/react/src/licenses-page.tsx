/**
 * React 19 passes attributes and properties to custom elements as they are, and `on<event-name>` props
 * become listeners for that exact DOM event name.
 */
import { useState } from 'react';
import 'license-widgets'; // defines every tag
import type { LicenseSelectEvent } from 'license-widgets';

export function LicensesPage({ endpoint }: { endpoint: string }) {
  const [selected, setSelected] = useState<string>();
  return (
    <main>
      <h1>Licenses</h1>
      <license-screen
        endpoint={endpoint}
        onlicense-select={(event: LicenseSelectEvent) => setSelected(event.detail.moduleId)}
      />
      <p>
        Selected license: <output id="selected">{selected}</output>
      </p>
    </main>
  );
}
