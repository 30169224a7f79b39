// React 19: custom elements take properties and attributes directly; events are added through a ref.
import { useEffect, useRef, useState, type DetailedHTMLProps, type HTMLAttributes } from 'react';
import 'license-widgets';
import type { LicenseSelectEvent } from 'license-widgets';

type ElementProps<Extra> = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & Extra;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'license-screen': ElementProps<{ endpoint?: string; tab?: string }>;
      'license-list': ElementProps<{ endpoint?: string; owner?: string; credentials?: RequestCredentials }>;
    }
  }
}

export function LicensesPage({ endpoint, token }: { endpoint: string; token: string }) {
  const list = useRef<HTMLElement>(null);
  const [selected, setSelected] = useState<string>();

  useEffect(() => {
    const element = list.current;
    if (!element) return;
    const onSelect = (event: LicenseSelectEvent) => setSelected(event.detail.moduleId);
    element.addEventListener('license-select', onSelect);
    // Headers are a property, not an attribute: set them on the element itself.
    Object.assign(element, { headers: { Authorization: `Bearer ${token}` } });
    return () => element.removeEventListener('license-select', onSelect);
  }, [token]);

  return (
    <section>
      <license-list ref={list} endpoint={endpoint} lang="sv" />
      {selected ? <p>Selected: {selected}</p> : null}
    </section>
  );
}
