/**
 * React 19 passes attributes and properties to custom elements as they are, and an `on<event-name>` prop
 * becomes a listener for the DOM event of exactly that name. The package's React types describe both.
 */
import type {} from 'license-widgets/react';
import { useState } from 'react';
import 'license-widgets'; // defines every tag

export function LicensesPage({ endpoint }: { endpoint: string }) {
  const [selected, setSelected] = useState<string>();
  return (
    <main>
      <h1>Licenses</h1>
      <license-screen
        endpoint={endpoint}
        // An object: React 19 sets it as the element's `headers` property, not as an attribute.
        headers={{ 'X-Requested-By': 'license-widgets-host-react' }}
        // `event` is a CustomEvent<LicenseSelectDetail> from the package's types, not written here.
        onlicense-select={(event) => setSelected(event.detail.moduleId)}
      />
      <p>
        Selected license: <output id="selected">{selected}</output>
      </p>
    </main>
  );
}
