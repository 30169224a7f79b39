/**
 * The table of changes in the activation dialog, and why Activate is unavailable. Red is never the only
 * signal: each license that blocks activation carries its reason in words (linked to its name with
 * `aria-describedby`), and the reason beside the Activate button says which licenses stop it.
 */
import { html, nothing } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import type { ActivationChange, ActivationCheck } from '../../data/data-source.js';
import type { LicenseOwner } from '../../data/schema.js';
import { formatList, formatNumber, isolate } from '../../i18n/format.js';

/** Id of the sentence the Activate button is described by when it is unavailable. */
export const BLOCKED_REASON_ID = 'activation-blocked-reason';

/** A license the check brings (one new on the license server) is named as the check names it. */
const nameOf = (owner: LicenseOwner, check: ActivationCheck | undefined, id: string) =>
  isolate(
    check?.changes.find((change) => change.module.id === id)?.module.name ??
      owner.modules.find((module) => module.id === id)?.name ??
      id,
  );

/**
 * Why Activate cannot be used, in one sentence; undefined when nothing on screen stops it. The shortfalls
 * come first: they are known before anyone clicks. Only then the licenses a refusal (409) named, as the
 * server named them: the dialog adds no license of its own and claims no numbers the table does not show.
 */
export function blockedReason(owner: LicenseOwner, check: ActivationCheck | undefined, refusedIds: readonly string[]) {
  const shortfalls = check?.changes.filter((change) => change.blocked) ?? [];
  if (shortfalls.length) {
    const names = formatList(shortfalls.map((change) => isolate(change.module.name)));
    return msg(str`Activate is not available: the new total of ${names} is below the number in use.`, {
      desc: 'Beside the disabled Activate button of the activation dialog; names one or more licenses.',
    });
  }
  if (refusedIds.length) {
    const names = formatList(refusedIds.map((id) => nameOf(owner, check, id)));
    return msg(str`Activate is not available: the license server refused ${names}.`, {
      desc: 'Beside the disabled Activate button, after the server refused the activation (HTTP 409); names licenses.',
    });
  }
  return undefined;
}

/** The licenses a refusal named, as a sentence under the server's message: exactly those, nothing more. */
export const refusedNames = (owner: LicenseOwner, check: ActivationCheck | undefined, refusedIds: readonly string[]) =>
  refusedIds.length
    ? msg(str`Licenses named by the license server: ${formatList(refusedIds.map((id) => nameOf(owner, check, id)))}`)
    : '';

function problemText(change: ActivationChange, refused: boolean) {
  if (change.blocked) {
    return msg(str`New total ${formatNumber(change.newTotal)} is below the ${formatNumber(change.module.inUse)} in use.`, {
      desc: 'A license in the activation dialog whose new total is lower than the number of users who have it.',
    });
  }
  return refused ? msg('The license server refused this license.') : '';
}

/**
 * In a narrow dialog each row stacks: the name over its three numbers, each number under its column's
 * name (`data-label`, shown by the stylesheet and left out of what a screen reader reads, which has the
 * column header already).
 */
export function renderChanges(check: ActivationCheck, refusedIds: readonly string[]) {
  if (check.changes.length === 0) return html`<p>${msg('No license changes are waiting on the license server.')}</p>`;
  const inUse = msg('In use', { desc: 'Column or label: how many licenses are assigned to users now (a number follows).' });
  const current = msg('Current total', { desc: 'Column header: how many licenses there are now.' });
  const next = msg('New total', { desc: 'Column header: how many licenses there will be after activation.' });
  const unlimited = () => msg('Unlimited', { desc: 'Shown instead of a number: the license has no limit.' });
  return html`<table part="changes" class="changes">
    <caption>${msg('Changes on the license server')}</caption>
    <thead><tr><th scope="col">${msg('License', { desc: 'Column header: the license’s name.' })}</th><th scope="col" class="num">${inUse}</th>
      <th scope="col" class="num">${current}</th><th scope="col" class="num">${next}</th></tr></thead>
    <tbody>${check.changes.map((change, index) => {
      const { module, newTotal, unrestricted = module.unrestricted } = change;
      const problem = problemText(change, refusedIds.includes(module.id));
      const reasonId = `change-problem-${index}`;
      return html`<tr class=${change.blocked ? 'blocked' : problem ? 'refused' : ''}>
        <th scope="row"><span class="name" aria-describedby=${problem ? reasonId : nothing}>${module.name}</span>
          ${problem ? html`<span class="problem" id=${reasonId}><span aria-hidden="true">⚠</span> ${problem}</span>` : nothing}</th>
        <td class="num" data-label=${inUse}>${formatNumber(module.inUse)}</td>
        <td class="num" data-label=${current}>${module.unrestricted ? unlimited() : formatNumber(module.total)}</td>
        <td class="num new-total" data-label=${next}>${unrestricted ? unlimited() : formatNumber(newTotal)}</td></tr>`;
    })}</tbody>
  </table>`;
}
