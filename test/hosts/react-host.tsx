// A React 19 page written against the generated types (dist/hosts/react.d.ts): `npm run typecheck:hosts`.
import type {} from 'license-widgets/react';
import 'license-widgets/license-screen';
import { useRef } from 'react';
import type { LicenseList, SystemEvent } from 'license-widgets';

export function LicensesPage({ events }: { events: SystemEvent[] }) {
  const list = useRef<LicenseList>(null);
  return (
    <>
      <license-list ref={list} owner="x" className="licenses" lang="sv" onlicense-select={(e) => e.detail.moduleId} />
      <license-screen endpoint="/api" tab="status" ontab-change={(e) => e.detail.tab} onevent-select={(e) => e.detail.event?.id}>
        <div slot="tab" data-tab="acme">Acme</div>
      </license-screen>
      <system-events-table events={events} refreshInterval={30} refresh-interval="30" editable headers={{ Authorization: 'Bearer x' }} />
      <status-panel now={new Date()} credentials="include" />
      <license-detail key="d" owner="SUPEROFFICE" module="ten-sales" style={{ maxWidth: '40em' }} />

      {/* @ts-expect-error -- the detail of license-select is { ownerId, moduleId } */}
      <license-list onlicense-select={(e) => e.detail.nope} />
      {/* @ts-expect-error -- React 19 listens for `license-select` on `onlicense-select`, not a camel-cased name */}
      <license-list onLicenseSelect={() => undefined} />
      {/* @ts-expect-error -- refreshInterval is a number */}
      <system-events-table refreshInterval="soon" />
      {/* @ts-expect-error -- credentials takes a RequestCredentials value */}
      <license-list credentials="always" />
      {/* @ts-expect-error -- no such element */}
      <license-lists />
    </>
  );
}
