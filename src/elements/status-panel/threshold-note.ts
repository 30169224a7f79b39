/** The help pages' explanation of thresholds, shown on the panel and in the dashboard. */
import { html } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import { formatNumber } from '../../i18n/format.js';
import { plural } from '../../i18n/plural.js';

/** The help pages' explanation of thresholds, with the user count they are currently set for. */
export const thresholdNote = (userCount: number) => {
  const users = formatNumber(userCount);
  return html`<p part="user-count">${plural(userCount, {
    one: msg(str`Thresholds are set for ${users} user.`, { id: 'threshold-users.one' }),
    other: msg(str`Thresholds are set for ${users} users.`, { id: 'threshold-users.other' }),
  })}
    ${msg('The threshold depends on the number of users: the more users, the higher the threshold.')}</p>`;
};
