import { useState } from 'react';
import { Link } from 'react-router';
import { ZListFacilitiesResponse } from '@kratom-care/contracts';
import { readState } from '../../api/query-state';
import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/use-t';
import { Notice } from '../../ui/notice';
import { PageHeading } from '../../ui/page-heading';
import { ResourceState } from '../account/page-states';
import { RequireSession } from '../account/session/require-session';
import { NetworkList } from '../network-admin/network-list';
import { RemoveDemoNetwork } from '../network-admin/remove-demo-network';
import { FacilityForm } from './facility-form';
import '../network-admin/network-admin.css';

function Facilities() {
  const t = useT();
  const facilities = readState(
    useApiQuery(ZListFacilitiesResponse, { path: '/api/facilities', query: { limit: 100 } }),
  );
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const saved = (message: string): void => {
    setEditing(null);
    setNotice(message);
    facilities.reload();
  };
  return (
    <div className="page page--wide">
      <PageHeading>{t('facilities.title')}</PageHeading>
      {notice === null ? null : (
        <Notice tone="success" live>
          <p>{notice}</p>
        </Notice>
      )}
      <h2>{t('facilities.listTitle')}</h2>
      <ResourceState state={facilities} emptyText={t('facilities.empty')} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <ul className="workspace-cards">
            {data.items.map((facility) => (
              <li key={facility.id} className="workspace-card">
                <h3>{facility.name}</h3>
                <p>
                  {facility.region}
                  {facility.address === '' ? '' : ` · ${facility.address}`}
                </p>
                {editing === facility.id ? (
                  <FacilityForm
                    key={`${facility.id}-${String(facility.version)}`}
                    facility={facility}
                    onSaved={() => {
                      saved(t('facilities.saved', { name: facility.name }));
                    }}
                    onCancel={() => {
                      setEditing(null);
                    }}
                    onReload={facilities.reload}
                  />
                ) : (
                  <div className="button-row">
                    <Link
                      className="button"
                      to={`/admin/facilities/${encodeURIComponent(facility.id)}`}
                      aria-label={t('networkAdmin.profileFor', { name: facility.name })}
                    >
                      {t('networkAdmin.profileLink')}
                    </Link>
                    <button
                      className="button button--secondary"
                      type="button"
                      aria-label={t('facilities.editFor', { name: facility.name })}
                      onClick={() => {
                        setEditing(facility.id);
                      }}
                    >
                      {t('facilities.edit')}
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </ResourceState>
      <NetworkList />
      <RemoveDemoNetwork />
      <section aria-labelledby="facility-create-title">
        <h2 id="facility-create-title">{t('facilities.createTitle')}</h2>
        <FacilityForm
          onSaved={() => {
            saved(t('facilities.created'));
          }}
          onReload={facilities.reload}
        />
      </section>
    </div>
  );
}

/**
 * `/admin/facilities`: the admin's own facilities (create, rename, open the profile), then the whole care
 * network at a glance with import, and the demo network's removal while it is there.
 */
export function FacilitiesPage() {
  return (
    <RequireSession roles={['admin']}>
      <Facilities />
    </RequireSession>
  );
}
