/**
 * Context keys shared between `<license-screen>` and the elements (or partner elements) inside it. Keys
 * use `Symbol.for` so a partner's separately bundled copy of this module finds the same context.
 */
import { createContext } from '@lit/context';
import type { LicenseDataSource } from './data-source.js';
import type { LicensesResponse, LicenseOwner } from './schema.js';

/** The data source of the enclosing screen; standalone elements build their own from `endpoint`. */
export const dataSourceContext = createContext<LicenseDataSource | undefined>(
  Symbol.for('license-widgets/data-source'),
);

/** The screen's one copy of `GET /licenses`, so tabs do not fetch it again. */
export const licensesContext = createContext<LicensesResponse | undefined>(
  Symbol.for('license-widgets/licenses'),
);

/** The owner whose tab a (partner) element is rendered in. */
export const licenseOwnerContext = createContext<LicenseOwner | undefined>(
  Symbol.for('license-widgets/license-owner'),
);
