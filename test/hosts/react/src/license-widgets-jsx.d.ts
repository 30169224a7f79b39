// The tags this app uses, for JSX. To be replaced by the package's own React types.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LicenseSelectEvent } from 'license-widgets';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'license-screen': DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & {
        endpoint?: string;
        'onlicense-select'?: (event: LicenseSelectEvent) => void;
      };
    }
  }
}
