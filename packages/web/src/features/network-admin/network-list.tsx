import { REGIONS, type Region } from '@kratom-care/domain';
import { ZFinderResponse, type TFinderFacility } from '@kratom-care/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/use-t';
import { DataTable } from '../../ui/data-table';
import { SelectField } from '../../ui/select-field';
import { QueryState } from '../workspace/page-states';
import { networkPath } from './network-query';
import { VerifiedLine } from './verified-line';

function FacilityCell({ facility }: { readonly facility: TFinderFacility }) {
  const t = useT();
  return (
    <>
      <Link to={`/admin/facilities/${encodeURIComponent(facility.id)}`}>{facility.name}</Link>
      {facility.demo ? (
        <>
          {' '}
          <span className="ws-status net-demo">{t('networkAdmin.demoBadge')}</span>
        </>
      ) : null}
    </>
  );
}

/**
 * The facility network at a glance: each listing with its place (city, state, region), the demo label,
 * its programme count and when it was last verified, flagged in words after 180 days. Filtered by region;
 * a note says when there are more than one answer holds.
 */
export function NetworkList() {
  const t = useT();
  const [region, setRegion] = useState<Region | 'all'>('all');
  const network = useApiQuery(ZFinderResponse, { path: networkPath(region) });
  return (
    <section aria-labelledby="network-title">
      <h2 id="network-title">{t('networkAdmin.networkTitle')}</h2>
      <p className="ws-narrow">{t('networkAdmin.networkIntro')}</p>
      <div className="ws-toolbar">
        <SelectField
          id="network-region"
          label={t('networkAdmin.regionFilter')}
          placeholder={t('networkAdmin.regionFilter')}
          options={[
            { value: 'all' as const, label: t('networkAdmin.allRegions') },
            ...REGIONS.map((value) => ({ value, label: t(`careNetwork.region.${value}`) })),
          ]}
          value={region}
          onChange={setRegion}
        />
        <Link className="button button--secondary" to="/admin/facilities/import">
          {t('networkImport.open')}
        </Link>
      </div>
      <QueryState
        query={network}
        emptyText={t('networkAdmin.networkEmpty')}
        isEmpty={(data) => data.items.length === 0}
      >
        {(data) => (
          <>
            <DataTable
              caption={t('networkAdmin.networkCaption', { count: data.items.length })}
              columns={[
                { id: 'name', header: t('networkAdmin.col.facility'), cell: (row) => <FacilityCell facility={row} /> },
                {
                  id: 'place',
                  header: t('networkAdmin.col.place'),
                  cell: (row) =>
                    [row.city, row.state === null ? null : t(`careNetwork.state.${row.state}`)]
                      .filter((part) => part !== null && part !== '')
                      .join(', '),
                },
                {
                  id: 'region',
                  header: t('networkAdmin.col.region'),
                  cell: (row) => (row.region === null ? '' : t(`careNetwork.region.${row.region}`)),
                },
                {
                  id: 'programmes',
                  header: t('networkAdmin.col.programmes'),
                  numeric: true,
                  cell: (row) => row.programmes.length,
                },
                {
                  id: 'verified',
                  header: t('networkAdmin.col.verified'),
                  cell: (row) => (
                    <VerifiedLine at={row.lastVerifiedAt} by={row.lastVerifiedBy} stale={row.verificationStale} short />
                  ),
                },
              ]}
              rows={data.items}
              rowKey={(row) => row.id}
            />
            {data.truncated ? <p>{t('networkAdmin.truncated', { count: data.items.length })}</p> : null}
          </>
        )}
      </QueryState>
    </section>
  );
}
