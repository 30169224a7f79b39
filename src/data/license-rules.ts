/** Rules of the domain that several elements and data sources apply the same way. */
import type { LicenseModule } from './schema.js';

/** More in use than licensed (after a lower total was activated): shown as a problem. */
export const isOverAssigned = (module: Pick<LicenseModule, 'unrestricted' | 'inUse' | 'total'>) =>
  !module.unrestricted && module.inUse > module.total;

/** A new total below the number in use: activating it must be refused (the vendor's own rule). */
export const blocksActivation = (module: Pick<LicenseModule, 'unrestricted' | 'inUse'>, newTotal: number) =>
  !module.unrestricted && newTotal < module.inUse;
