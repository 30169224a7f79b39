/**
 * One owner's license list as a CSV file: the rows the list shows, group by group in its order, with its
 * columns and headers in the language `msg()` renders in.
 */
import { msg } from '../../i18n/msg.js';
import { fileNamePart, toCsv } from '../../internal/csv.js';
import type { LicenseOwner } from '../../data/schema.js';
import { groupLabel, type LicenseSection } from './license-groups.js';
import { freeLabel, inUseLabel, totalLabel, unlimitedText } from './license-usage.js';

export const licensesFileName = (owner: LicenseOwner) => `licenses-${fileNamePart(owner.id)}.csv`;

/** Counts as plain numbers; an unrestricted license's free and total say "Unlimited", as in the list. */
export function licensesCsv(sections: readonly LicenseSection[]): string {
  const unlimited = unlimitedText();
  const header = [msg('Group', { desc: 'Label: which group of the license list the license belongs to.' }), msg('License', { desc: 'Column header: the license’s name.' }), msg('Description', { desc: 'Heading or column: a text that describes the item.' }), inUseLabel(), freeLabel(), totalLabel()];
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
