/**
 * The activation check of the endpoint contract: each license's `pending` change (from `/licenses`, or
 * from the license's detail when `/licenses` did not say), and the rule that a new total below the number
 * in use blocks activation. Data sources that ask a license server themselves bring their own check.
 */
import type { ActivationCheck, LicenseDataSource } from './data-source.js';
import { blocksActivation } from './license-rules.js';
import type { LicenseOwner } from './schema.js';

export async function checkFromPending(
  source: Pick<LicenseDataSource, 'getLicenseDetail'>,
  owner: LicenseOwner,
  signal?: AbortSignal,
): Promise<ActivationCheck> {
  const modules = owner.modules.filter((module) => !module.hidden);
  const pending = await Promise.all(
    modules.map(async (module) =>
      // `pending` on /licenses is optional: absent means "not told", so ask the module's detail.
      module.pending !== undefined ? module.pending : (await source.getLicenseDetail(owner.id, module.id, signal)).pending,
    ),
  );
  const changes = modules.flatMap((module, i) => {
    const change = pending[i];
    return change ? [{ module, newTotal: change.newTotal, blocked: blocksActivation(module, change.newTotal) }] : [];
  });
  return { canActivate: true, reason: null, changes };
}

/** The source's own check where it has one, else the contract's. */
export const checkActivation = (source: LicenseDataSource, owner: LicenseOwner, signal?: AbortSignal) =>
  source.checkActivation ? source.checkActivation(owner, signal) : checkFromPending(source, owner, signal);
