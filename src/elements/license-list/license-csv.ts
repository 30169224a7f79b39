/**
 * One owner's license list as a CSV file: the rows the list shows, group by group in its order, with its
 * columns and headers in the language `msg()` renders in.
 */
import { msg } from '../../i18n/msg.js';
import { fileNamePart, toCsv } from '../../internal/csv.js';
import type { LicenseOwner } from '../../data/schema.js';
import { groupLabel, type LicenseSection } from './license-groups.js';

export const licensesFileName = (owner: LicenseOwner) => `licenses-${fileNamePart(owner.id)}.csv`;

/** Counts as plain numbers; an unrestricted license's free and total say "Unlimited", as in the list. */
export function licensesCsv(sections: readonly LicenseSection[]): string {
  const unlimited = msg('Unlimited');
  const header = [msg('Group'), msg('License'), msg('Description'), msg('In use'), msg('Free'), msg('Total')];
  return toCsv(
    header,
    sections.flatMap((section) =>
      section.modules.map((module) => [
        groupLabel(section.group),
        module.name,
        module.description,
        module.inUse,
        module.unrestricted ? unlimited : module.free,
        module.unrestricted ? unlimited : module.total,
      ]),
    ),
  );
}
